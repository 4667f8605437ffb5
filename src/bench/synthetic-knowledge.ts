import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../seeded-random.js';

/**
 * Knowledge folders of the same shape as `knowledge/` but any size, for the scale benchmark: the
 * real files plus generated roles and skills with front matter, aliases, skills, related roles,
 * backgrounds and a body of several passages. Deterministic for a seed, so runs compare.
 *
 * The words follow what a catalogue of occupations looks like: a common domain vocabulary that
 * every file draws on, a long tail of rarer words (made-up ones, so the vocabulary grows with the
 * folder as a real one does) and names that are unique per file.
 */

const SYLLABLES = 'ka ro mi tel van dor sel pra nu lo zen bri fa gor tu wim has ple qui ost'.split(' ');

/** A made-up word unique to `n`: its digits in base 20, spelled as syllables. */
function coined(n: number, prefix = ''): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return prefix + word;
}

const DOMAIN = (
  'sensor network data city transit energy water traffic lighting parking grid waste street building ' +
  'resident service platform device maintenance repair cloud security privacy analytics model dashboard ' +
  'budget contract supplier citizen council mobility charging station pipeline signal bridge tunnel ' +
  'camera drone robot printer prototype survey interview workshop training partnership funding report ' +
  'standard protocol firmware hardware software integration testing deployment monitoring incident'
).split(' ');
const VERBS =
  'plans builds runs maintains designs tests installs monitors analyses explains negotiates reviews repairs configures documents coordinates'.split(
    ' ',
  );
const ROLE_NOUNS =
  'technician analyst engineer designer planner coordinator specialist officer manager developer'.split(' ');
const BACKGROUNDS =
  'nursing logistics teaching accounting retail plumbing electrician military hospitality journalism carpentry pharmacy'.split(
    ' ',
  );

/** Long-tail words: a fixed pool, drawn with a skew so a few are common and most are rare. */
function tailWord(rand: () => number, pool: number): string {
  return coined(Math.floor(pool * rand() ** 3), 'x');
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function sentence(rand: () => number, subject: string, pool: number): string {
  const n = 6 + Math.floor(rand() * 8);
  const parts = [subject, pick(rand, VERBS)];
  for (let i = 0; i < n; i++) parts.push(rand() < 0.7 ? pick(rand, DOMAIN) : tailWord(rand, pool));
  return `${parts.join(' ')}.`;
}

function frontMatter(fields: Record<string, string | string[]>): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export interface SyntheticKnowledge {
  dir: string;
  roles: number;
  skills: number;
  /** Titles of generated roles and skills, for questions that name them. */
  roleTitles: string[];
  skillTitles: string[];
}

/** Body passages per role: with the profile, about six chunks a role at the current chunk size. */
const ROLE_SENTENCES = 16;
const CHUNKS_PER_ROLE = 6;

/**
 * Writes the real knowledge plus generated files to `dir`, about `chunks` chunks in all.
 * The real files stay, so the real questions still have their answers in a large folder.
 */
export function writeSyntheticKnowledge(
  dir: string,
  opts: { chunks: number; realKnowledge: string; seed?: number },
): SyntheticKnowledge {
  const rand = seededRandom(opts.seed ?? 42);
  cpSync(opts.realKnowledge, dir, { recursive: true });
  const roleCount = Math.max(1, Math.round(opts.chunks / (CHUNKS_PER_ROLE + 0.3)));
  const skillCount = Math.max(4, Math.round(roleCount / 8));
  const pool = Math.max(1000, opts.chunks);
  mkdirSync(path.join(dir, 'roles', 'generated'), { recursive: true });
  mkdirSync(path.join(dir, 'skills', 'generated'), { recursive: true });

  const skillIds: string[] = [];
  const skillTitles: string[] = [];
  for (let i = 0; i < skillCount; i++) {
    const word = coined(i, 's');
    const title = `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(rand, DOMAIN)} methods`;
    const id = `gen-skill-${word}`;
    skillIds.push(id);
    skillTitles.push(title);
    const body = Array.from({ length: 5 }, () => sentence(rand, title, pool)).join(' ');
    writeFileSync(
      path.join(dir, 'skills', 'generated', `${id}.md`),
      `${frontMatter({ id, type: 'skill', title, aliases: [`${word} methods`], summary: sentence(rand, title, pool), source: 'team' })}\n${body}\n`,
    );
  }

  const roleIds = Array.from({ length: roleCount }, (_, i) => `gen-role-${coined(i, 'r')}`);
  const roleTitles: string[] = [];
  for (let i = 0; i < roleCount; i++) {
    const word = coined(i, 'r');
    const noun = pick(rand, ROLE_NOUNS);
    const title = `${word[0]!.toUpperCase()}${word.slice(1)} ${pick(rand, DOMAIN)} ${noun}`;
    roleTitles.push(title);
    const skills = [...new Set(Array.from({ length: 3 }, () => pick(rand, skillIds)))];
    const related = [...new Set(Array.from({ length: 2 }, () => pick(rand, roleIds)))].filter((r) => r !== roleIds[i]);
    const paragraphs: string[] = [];
    for (let p = 0; p < 4; p++) {
      const n = Math.round(ROLE_SENTENCES / 4);
      paragraphs.push(
        `## ${pick(rand, DOMAIN)} ${pick(rand, DOMAIN)}\n${Array.from({ length: n }, () => sentence(rand, title, pool)).join(' ')}`,
      );
    }
    writeFileSync(
      path.join(dir, 'roles', 'generated', `${roleIds[i]}.md`),
      `${frontMatter({
        id: roleIds[i]!,
        type: 'role',
        title,
        aliases: [`${word} ${noun}`, `${word} specialist role`],
        summary: sentence(rand, title, pool),
        skills,
        related,
        backgrounds: [pick(rand, BACKGROUNDS), `${tailWord(rand, pool)} work`],
        transferable: [`${pick(rand, VERBS)} ${pick(rand, DOMAIN)}`],
        source: 'team',
      })}\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return { dir, roles: roleCount, skills: skillCount, roleTitles, skillTitles };
}

/**
 * Questions for a synthetic folder: the real questions (their answers are in the real files it
 * holds) and questions naming generated roles and skills, some of them misspelled or cut short.
 */
export function syntheticQuestions(knowledge: SyntheticKnowledge, real: string[], count = 200): string[] {
  const questions = [...real];
  for (let i = 0; i < count; i++) {
    const role = knowledge.roleTitles[(i * 7919) % knowledge.roleTitles.length]!;
    const skill = knowledge.skillTitles[(i * 104_729) % knowledge.skillTitles.length]!;
    const ask = [
      `what does a ${role.toLowerCase()} do?`,
      `which roles need ${skill.toLowerCase()}?`,
      `tell me about the ${role.slice(0, -1)}`,
      `${role.split(' ')[0]} ${role.split(' ')[1]}?`,
      `i worked in nursing and logistics, could i become a ${role.toLowerCase()}?`,
    ];
    questions.push(ask[i % ask.length]!);
  }
  return questions;
}
