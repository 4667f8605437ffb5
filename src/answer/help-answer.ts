import { type KnowledgeBase, overviewDoc, type RoleDoc } from '../knowledge/knowledge-base.js';
import { article } from '../text/indefinite-article.js';
import type { Answer } from './answer.js';
import { toMarkdown } from './answer-markdown.js';
import { BREAK, code, item, line, toBlocks } from './answer-parts.js';
import { Citations, sourcesMarkdown } from './citations.js';
import { asksAboutItsKnowledge, type SocialKind } from './social-message.js';

const OPENING: Record<SocialKind, string> = {
  greeting: "Hi! I'm career-bot.",
  thanks: "Glad it helped! I'm here if you have more questions.",
  farewell: 'Bye, and good luck with your career!',
  help: "I'm career-bot.",
};

/** Asks where the bot's knowledge comes from, how old or how reliable it is. */
const ASKS_PROVENANCE =
  /\b(sources?|where does (your|this|the)|come from|based on|article|author|wrote|written|published|how (old|recent|current|up to date)|when was|trust|accurate|accuracy|reliable|real|legit|made up|invented|genuine)\b/i;

/** For a question about the bot's sources: the document that says where the knowledge comes from, cited. */
function provenance(kb: KnowledgeBase, kind: SocialKind, message: string, citations: Citations) {
  const origin =
    kind === 'help' && (ASKS_PROVENANCE.test(message) || asksAboutItsKnowledge(message))
      ? overviewDoc(kb, 'origin')
      : undefined;
  return origin ? [BREAK, line(`${origin.summary} `, citations.cite(origin))] : [];
}

interface Examples {
  role?: RoleDoc;
  questions: string[];
}

/** Each knowledge base's example questions, chosen once: the choice walks every role. */
const EXAMPLES = new WeakMap<KnowledgeBase, Examples>();

function examplesFor(kb: KnowledgeBase): Examples {
  const known = EXAMPLES.get(kb);
  if (known) return known;
  const role = kb.roles.find((r) => r.source === 'article') ?? kb.roles[0];
  // A skill with a short name that several roles share makes the clearest example.
  const users = new Map<string, number>();
  for (const r of kb.roles) for (const id of r.skills) users.set(id, (users.get(id) ?? 0) + 1);
  const usedBy = (id: string) => users.get(id) ?? 0;
  const skill =
    [...kb.skills].filter((s) => s.title.split(' ').length <= 2).sort((a, b) => usedBy(b.id) - usedBy(a.id))[0] ??
    kb.skills[0];
  const questions = [
    role && `"What does ${article(role.title)} ${role.title.toLowerCase()} do?"`,
    skill && `"Which roles need ${skill.title.toLowerCase()}?"`,
    '"I was a nurse, where could I fit?"',
  ].filter((e): e is string => Boolean(e));
  const examples = { role, questions };
  EXAMPLES.set(kb, examples);
  return examples;
}

/**
 * The short guide given for greetings, thanks, goodbyes and "what can you do?": what the bot knows,
 * a few questions to try (built from the knowledge base, so they always work) and the /role command.
 */
export function helpAnswer(kb: KnowledgeBase, kind: SocialKind, message = ''): Answer {
  const citations = new Citations(() => 1);
  const overview = overviewDoc(kb, 'roles');
  const cite = overview ? [' ', citations.cite(overview)] : [];
  const { role, questions: examples } = examplesFor(kb);
  const lines = [
    line(OPENING[kind]),
    BREAK,
    line(
      `I answer questions about smart-city careers from a knowledge base of ${kb.roles.length} roles, ${kb.skills.length} skills and facts about the smart-city job market, and I cite where each answer comes from`,
      ...cite,
      '.',
    ),
    ...provenance(kb, kind, message, citations),
    BREAK,
    line('Try asking:'),
    ...examples.map((e) => item(e)),
    BREAK,
    line(
      'Or use ',
      code('/role <name>'),
      ' for a role card',
      ...(role ? [' (for example ', code(`/role ${role.title.toLowerCase()}`), ')'] : []),
      '.',
    ),
  ];
  const parts = toBlocks(lines);
  const body = toMarkdown(parts);
  const sources = citations.sources;
  return {
    answer: [body, sourcesMarkdown(sources)].filter(Boolean).join('\n\n'),
    body,
    parts,
    grounded: true,
    roles: [],
    subject: [],
    gaps: [],
    sources,
    mode: 'extractive',
    intent: 'help',
  };
}
