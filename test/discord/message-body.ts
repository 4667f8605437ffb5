/** Reading what the bot sent to the fake Discord, in either message form. */

/** Discord's IS_COMPONENTS_V2 message flag. */
export const COMPONENTS_V2 = 1 << 15;

type Node = { type?: number; content?: string; custom_id?: string; components?: Node[]; accessory?: Node };
export type MessageBody = { content?: string; embeds?: unknown[]; components?: Node[]; flags?: number };

const walk = (nodes: Node[] | undefined): Node[] =>
  (nodes ?? []).flatMap((n) => [n, ...walk(n.components), ...(n.accessory ? walk([n.accessory]) : [])]);

export const isV2 = (body: MessageBody | undefined): boolean => ((body?.flags ?? 0) & COMPONENTS_V2) !== 0;

/** Every component, nested ones included, as Discord counts them against its 40. */
export const componentCount = (body: MessageBody): number => walk(body.components).length;

/** The text of text displays (type 10), one per line. */
const displayedText = (body: MessageBody): string =>
  walk(body.components)
    .filter((n) => n.type === 10)
    .map((n) => n.content ?? '')
    .join('\n');

/** Characters of text across all text displays, as Discord counts them against its 4,000. */
export const textLength = (body: MessageBody): number =>
  walk(body.components)
    .filter((n) => n.type === 10)
    .reduce((sum, n) => sum + (n.content ?? '').length, 0);

/** What a person reads: the content of a plain message, the text displays of a v2 one. */
export const textOf = (body: MessageBody | undefined): string =>
  body ? (isV2(body) ? displayedText(body) : (body.content ?? '')) : '';

/** The custom ids of every button, wherever it is nested. */
export const buttonIds = (body: MessageBody | undefined): string[] =>
  walk(body?.components)
    .filter((n) => n.type === 2 && n.custom_id)
    .map((n) => n.custom_id!);

/**
 * What Discord refuses in a message: content or embeds beside the v2 flag, more than 40 components
 * or 4,000 characters of text in a v2 message; undefined when it would be accepted.
 */
export function v2Problem(body: MessageBody): string | undefined {
  if (!isV2(body)) return undefined;
  if (body.content) return 'content is not allowed with IS_COMPONENTS_V2';
  if (body.embeds?.length) return 'embeds are not allowed with IS_COMPONENTS_V2';
  if (componentCount(body) > 40) return `${componentCount(body)} components, at most 40`;
  const chars = textLength(body);
  if (chars > 4000) return `${chars} characters of text, at most 4000`;
  return undefined;
}
