import {
  type APIComponentInContainer,
  type APIContainerComponent,
  type APITextDisplayComponent,
  ComponentType,
  MessageFlags,
  SeparatorSpacingSize,
} from 'discord.js';
import { splitText } from '../chat/split-text.js';
import type { ButtonRow } from './buttons.js';
import { type DiscordMessage, NO_MENTIONS } from './discord-message.js';

/** Discord's limits for a Components v2 message: nested components count, text is summed over text displays. */
export const MAX_COMPONENTS = 40;
export const MAX_TEXT = 4000;
/** Kept free in every message for the thank-you line a rating adds (one text display). */
const THANKS_ROOM = { components: 1, chars: 60 };

/** What ends a reply, on its last message only: small print (sources) and button rows. */
export interface V2Tail {
  texts: string[];
  rows: ButtonRow[];
}

export const textDisplay = (content: string): APITextDisplayComponent => ({ type: ComponentType.TextDisplay, content });

/** A component and everything nested in it (rows' buttons, a container's children, a section's accessory). */
export function countComponents(component: object): number {
  const nested = component as { components?: readonly object[]; accessory?: object };
  const children = (nested.components ?? []).reduce<number>((n, c) => n + countComponents(c), 0);
  return 1 + children + (nested.accessory ? countComponents(nested.accessory) : 0);
}

const container = (components: APIComponentInContainer[]): APIContainerComponent => ({
  type: ComponentType.Container,
  components,
});

const v2Message = (components: APIComponentInContainer[]): DiscordMessage => ({
  flags: MessageFlags.IsComponentsV2,
  allowedMentions: NO_MENTIONS,
  components: [container(components)],
});

/**
 * Body texts (Markdown) in one container a message, as many messages as the limits need: each
 * keeps room for the tail, which closes the last one after a thin divider. A text longer than a
 * message holds is cut at a paragraph, line or word boundary.
 */
export function containerMessages(body: string[], tail: V2Tail): DiscordMessage[] {
  const tailTexts = tail.texts.filter((t) => t.length > 0);
  const closing: APIComponentInContainer[] =
    tailTexts.length || tail.rows.length
      ? [
          { type: ComponentType.Separator, divider: true, spacing: SeparatorSpacingSize.Small },
          ...tailTexts.map(textDisplay),
          ...tail.rows,
        ]
      : [];
  const room = {
    components: MAX_COMPONENTS - 1 - THANKS_ROOM.components - closing.reduce((n, c) => n + countComponents(c), 0),
    chars: MAX_TEXT - THANKS_ROOM.chars - tailTexts.reduce((n, t) => n + t.length, 0),
  };
  const groups: string[][] = [[]];
  let chars = 0;
  for (const piece of body.flatMap((text) => splitText(text, room.chars))) {
    const open = groups.at(-1)!;
    if (open.length > 0 && (open.length + 1 > room.components || chars + piece.length > room.chars)) {
      groups.push([piece]);
      chars = piece.length;
    } else {
      open.push(piece);
      chars += piece.length;
    }
  }
  return groups.map((texts, i) => v2Message([...texts.map(textDisplay), ...(i === groups.length - 1 ? closing : [])]));
}
