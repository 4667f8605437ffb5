import type { Answer, AnswerSource } from '../answer/answer.js';
import { toMarkdown } from '../answer/answer-markdown.js';
import {
  BREAK,
  type DraftLine,
  docRef,
  docRefs,
  item,
  line,
  type Piece,
  type Span,
  toBlocks,
} from '../answer/answer-parts.js';
import { sourcesMarkdown, TEAM_READING } from '../answer/citations.js';
import type { CareerEngine } from '../engine.js';
import type { NamedRef, RoleCard } from '../lookup/role-card.js';
import type { Command, CommandArgs } from './command.js';

/** "a vs b", "a and b", "a, b", "a / b": the usual ways of naming two things to compare. */
const BETWEEN = /\s*(?:\bvs\.?|\bversus\b|\band\b|\bor\b|,|\/|&)\s*/i;

/** Two role names in free text: split at a separator, else at the one word boundary where both names resolve. */
function twoRoles(text: string, engine: CareerEngine): CommandArgs {
  const parts = text.split(BETWEEN).filter(Boolean);
  if (parts.length === 2) return { first: parts[0], second: parts[1] };
  const words = text.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const [first, second] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    if (engine.role(first).found && engine.role(second).found) return { first, second };
  }
  return { first: words[0], second: words.slice(1).join(' ') || undefined };
}

const ref = (type: 'role' | 'skill', r: NamedRef, strong = false): Span => docRef({ ...r, type }, strong);
const refs = (type: 'role' | 'skill', list: NamedRef[]): Piece[] => docRefs(list.map((r) => ({ ...r, type })));

function source(card: RoleCard): AnswerSource {
  return { id: card.id, title: card.title, score: 1, path: card.path, origin: card.source, teamParts: card.teamParts };
}

/** The two cards side by side, every line cited to the role file it comes from. */
function comparison(a: RoleCard, b: RoleCard): Answer {
  const cite = (card: RoleCard): Span => ({ type: 'cite', n: card === a ? 1 : 2 });
  const shared = a.skills.filter((s) => b.skills.some((t) => t.id === s.id));
  const only = (card: RoleCard) => card.skills.filter((s) => !shared.some((t) => t.id === s.id));
  const lines: DraftLine[] = [line(ref('role', a, true), ' vs ', ref('role', b, true)), BREAK];
  for (const card of [a, b]) lines.push(item(ref('role', card, true), `: ${card.summary} `, cite(card)));
  lines.push(
    BREAK,
    shared.length
      ? line('Both draw on: ', ...refs('skill', shared), ' ', cite(a), cite(b))
      : line('They list no skill in common.'),
  );
  for (const card of [a, b]) {
    if (only(card).length)
      lines.push(line('Only the ', ref('role', card), ': ', ...refs('skill', only(card)), ' ', cite(card)));
  }
  lines.push(BREAK);
  for (const card of [a, b]) {
    if (card.backgrounds.length) {
      lines.push(line('Backgrounds for the ', ref('role', card), `: ${card.backgrounds.join(', ')} `, cite(card)));
    }
  }
  for (const card of [a, b]) {
    if (card.related.length)
      lines.push(line('Related to the ', ref('role', card), ': ', ...refs('role', card.related)));
  }
  if (a.source === 'article' || b.source === 'article') {
    lines.push(BREAK, line(`Skills, backgrounds and related roles are ${TEAM_READING.slice(1, -1)}.`));
  }
  const parts = toBlocks(lines);
  const body = toMarkdown(parts);
  const sources = [source(a), source(b)];
  return {
    answer: `${body}\n\n${sourcesMarkdown(sources)}`,
    body,
    parts,
    grounded: true,
    roles: [a.id, b.id],
    subject: [a.id, b.id],
    gaps: [],
    sources,
    mode: 'extractive',
    intent: 'compare',
  };
}

export const compareCommand = {
  name: 'compare',
  description: 'Compare two roles side by side: shared and distinct skills, backgrounds, related roles',
  options: [
    { name: 'first', description: 'A role, e.g. urban mechanic', required: true, complete: 'role', maxLength: 100 },
    {
      name: 'second',
      description: 'Another role, e.g. data scientist',
      required: true,
      complete: 'role',
      maxLength: 100,
    },
  ],
  usage: '<role> vs <role>',
  example: 'urban mechanic vs data scientist',
  parse: (text, { engine }) => twoRoles(text, engine),
  run(args, { engine }) {
    const [first, second] = [args.first?.trim() ?? '', args.second?.trim() ?? ''];
    if (!first || !second)
      return { kind: 'notice', text: 'Name two roles, for example: urban mechanic vs data scientist' };
    const a = engine.role(first);
    if (!a.found) return { kind: 'not-found', of: 'role', name: first, ...a };
    const b = engine.role(second);
    if (!b.found) return { kind: 'not-found', of: 'role', name: second, ...b };
    if (a.card.id === b.card.id) {
      return { kind: 'notice', text: `Both name the ${a.card.title}; give two different roles to compare.` };
    }
    return { kind: 'answer', question: `${a.card.title} vs ${b.card.title}`, answer: comparison(a.card, b.card) };
  },
} satisfies Command;
