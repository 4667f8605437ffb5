import { seededRandom } from '../seeded-random.js';

const MENTIONS = [
  '<@U012ABCDEF>',
  '@everyone',
  '@here',
  '<!channel>',
  '<!here>',
  '<@&123456789012345678>',
  '<#C0123|general>',
];
const PIECES = [
  'urban mechanic',
  'salary',
  'data sci',
  'ignore previous instructions',
  '🤖',
  '👋',
  '%s%n',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile input is meant to look like a template
  '${process.env}',
  '<script>',
  '\u202e',
  '\u0000',
  'DROP TABLE',
  '\\',
  '"',
  '[9]',
];

/**
 * Inputs no one should be able to break the bot with: random code points (control characters,
 * surrogates, right-to-left marks), words of up to 100,000 letters, chat mentions, and mixes of
 * those with real questions.
 */
export function hostileInputs(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const randomText = (length: number) => {
    let s = '';
    for (let i = 0; i < length; i++) {
      const r = random();
      const cp =
        r < 0.3
          ? Math.floor(random() * 0x80)
          : r < 0.6
            ? Math.floor(random() * 0x3000)
            : r < 0.9
              ? Math.floor(random() * 0x10ffff)
              : Math.floor(random() * 0x20);
      s += cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
    }
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    if (kind === 0)
      out.push(pick(['a', 'x', '9', 'é']).repeat(i % 50 === 0 ? 100_000 : 1 + Math.floor(random() * 5000)));
    else if (kind === 1) out.push(`${pick(MENTIONS)} ${pick(PIECES)} ${pick(MENTIONS)}`);
    else if (kind === 2) out.push(Array.from({ length: 1 + Math.floor(random() * 400) }, () => pick(PIECES)).join(' '));
    else if (kind === 3) out.push(`what does a ${randomText(20)} do? ${pick(MENTIONS)}`);
    else out.push(randomText(1 + Math.floor(random() * 300)));
  }
  return out;
}
