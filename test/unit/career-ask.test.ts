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
  ])('%s -> %s', (q, career) => {
    expect(careerAskedFor(q)).toBe(career);
  });

  it.each([
    'how do I become one of these?',
    'how do i get into smart city work',
    'how can someone like me get into tech',
    'what does a data scientist do?',
  ])('none when it points at the knowledge or asks something else: %s', (q) => {
    expect(careerAskedFor(q)).toBeUndefined();
  });
});
