import {
  type APIComponentInContainer,
  type APIMessageTopLevelComponent,
  ComponentType,
  type InteractionUpdateOptions,
  type Message,
  MessageFlags,
} from 'discord.js';
import { truncate } from '../chat/split-text.js';
import { feedbackThanks } from '../replies/wording.js';
import { isRatingOrShare } from './buttons.js';
import { textDisplay } from './components-v2.js';
import { NO_MENTIONS } from './discord-message.js';
import { MESSAGE_LIMIT } from './render.js';

/** The container's children without the rating and share buttons (rows left empty go too). */
function withoutRating(components: APIComponentInContainer[]): APIComponentInContainer[] {
  return components.flatMap((c): APIComponentInContainer[] => {
    if (c.type !== ComponentType.ActionRow) return [c];
    const kept = c.components.filter((b) => !('custom_id' in b && isRatingOrShare(b.custom_id)));
    return kept.length ? [{ ...c, components: kept }] : [];
  });
}

/**
 * A rated message as it is edited: its 👍/👎 (and Share) removed and a thank-you line added, in the
 * form it was sent in. A v2 message keeps its container, changed in place; a plain one its text.
 */
export function withFeedbackThanks(message: Message, verdict: 'up' | 'down'): InteractionUpdateOptions {
  const note = feedbackThanks(verdict);
  if (!message.flags.has(MessageFlags.IsComponentsV2)) {
    const line = `\n-# ${note}`;
    return {
      content: truncate(message.content, MESSAGE_LIMIT - line.length) + line,
      components: [],
      allowedMentions: NO_MENTIONS,
    };
  }
  const components = message.components.map((c): APIMessageTopLevelComponent => {
    const json = c.toJSON();
    if (json.type !== ComponentType.Container) return json;
    return { ...json, components: [...withoutRating(json.components), textDisplay(`-# ${note}`)] };
  });
  return { components, flags: MessageFlags.IsComponentsV2, allowedMentions: NO_MENTIONS };
}
