import { describe, expect, it } from 'vitest';
import { careerAskedFor } from '../../src/answer/career-ask.js';

describe('the career a question asks how to reach', () => {
  it.each([
    ['how to become fashion designer? what career path', 'fashion designer'],
    [
      'What is the usual career path to becoming chief compliance officer at a Swiss private bank?',
      'chief compliance officer at a Swiss private bank',
    ],
    ['how do i get into drivin a black cab, doin the knowledge n all that', 'drivin a black cab'],
    ['How would I pivot into medical imaging physics?', 'medical imaging physics'],
    // Written in a second language, without the auxiliary.
    ['how i become sommelier? i like very much the vino', 'sommelier'],
    // Indonesian, and Hindi naming the career first.
    ['gimana caranya jadi tukang roti, mau buka bakery kecil2an di rumah', 'tukang roti'],
    ['pilot banna chahta hai mera bhai, kya karna padega?', 'pilot'],
    // How hard or how long reaching it is, and wanting it as a career.
    ['how hard is it tae become a midwife, whit courses dae ah need', 'a midwife'],
    ['how long would it take me to become a pilot', 'a pilot'],
    ['Me ba wants a tailoring career, where she go find good apprenticeship?', 'tailoring'],
    // Becoming, in French, Italian, Dutch, German, Polish, Czech, and studying to be, in Spanish and Portuguese.
    ["j'voudrais devenir ingénieur forestier, c'est quoi les étapes", 'ingénieur forestier'],
    ['per diventare pasticcere che scuola serve?', 'pasticcere che scuola serve'],
    ['hoe word je eigenlijk stratenmaker?', 'stratenmaker'],
    ['wie werde ich Lokführer?', 'Lokführer'],
    ['jak zostać fryzjerem?', 'fryzjerem'],
    ['chci se stát zubařem', 'zubařem'],
    ['qué hay que estudiar para ser bióloga marina?', 'bióloga marina'],
  ])('%s -> %s', (q, career) => {
    expect(careerAskedFor(q)).toBe(career);
  });

  it.each([
    'how do I become one of these?',
    'how do i get into smart city work',
    'how can someone like me get into tech',
    'what does a data scientist do?',
    'how hard is it to become one?',
    // A career wanted without naming one.
    'My father retired from the army signals corps. He wants a second career. What role would match him?',
    'She wants a proper career. Abeg which one fit her?',
    // Something becoming a job, not someone becoming something.
    'elle me demande si ça peut devenir un vrai taf?',
    'questo può diventare un lavoro vero?',
  ])('none when it points at the knowledge or asks something else: %s', (q) => {
    expect(careerAskedFor(q)).toBeUndefined();
  });
});
