import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { truncate } from '../chat/split-text.js';
import type { NamedRef } from '../lookup/role-card.js';
import type { ReplyActions } from '../replies/reply.js';

/** Button ids: the kind, then what it points at. */
export const BUTTON = {
  feedback: 'fb',
  role: 'role',
  share: 'share',
} as const;

/** Discord's limits: 5 buttons a row, 80 characters a label. */
const ROW_SIZE = 5;
const LABEL_LIMIT = 80;

export type Button = APIButtonComponentWithCustomId;
export type ButtonRow = APIActionRowComponent<Button>;

const button = (
  customId: string,
  look: { label?: string; emoji?: string },
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): Button => ({
  type: ComponentType.Button,
  custom_id: customId,
  style,
  ...(look.label ? { label: truncate(look.label, LABEL_LIMIT) } : {}),
  ...(look.emoji ? { emoji: { name: look.emoji } } : {}),
});

export const buttonRow = (buttons: Button[]): ButtonRow => ({ type: ComponentType.ActionRow, components: buttons });

/** Rows of buttons, none when there are no buttons. */
export const rowsOf = (...groups: Button[][]): ButtonRow[] => groups.filter((g) => g.length).map(buttonRow);

/** Buttons that open a related role's card, as many as fit a row. */
export function roleButtons(refs: NamedRef[]): Button[] {
  return refs.slice(0, ROW_SIZE).map((r) => button(`${BUTTON.role}:${r.id}`, { label: r.title }));
}

/** 👍/👎 for an answer record, and Share for an ephemeral reply. */
export function actionButtons(actions: ReplyActions | undefined): Button[] {
  const buttons: Button[] = [];
  if (actions?.feedback)
    buttons.push(
      button(`${BUTTON.feedback}:up:${actions.feedback}`, { emoji: '👍' }),
      button(`${BUTTON.feedback}:down:${actions.feedback}`, { emoji: '👎' }),
    );
  if (actions?.share) buttons.push(button(`${BUTTON.share}:${actions.share}`, { label: 'Share' }, ButtonStyle.Primary));
  return buttons;
}

/** Whether a button rates or shares its message: the ones a rating removes. */
export const isRatingOrShare = (customId: string): boolean =>
  customId.startsWith(`${BUTTON.feedback}:`) || customId.startsWith(`${BUTTON.share}:`);
