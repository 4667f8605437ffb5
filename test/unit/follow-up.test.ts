import { beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/answer/answer.js';
import { resolveFollowUp } from '../../src/answer/follow-up.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { KNOWLEDGE_DIR } from '../support/engine.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledge(KNOWLEDGE_DIR);
});

const card: Turn = {
  question: 'what does a data scientist do?',
  roles: ['data-scientist'],
  subject: ['data-scientist'],
};

/** The follow-up of `question` after the card, as the reader would resolve it with these readings. */
function followUp(
  question: string,
  o: {
    unknownWords: number;
    contentWords: number;
    /** The counts of the message's first question, when more is said around it; else those of the whole. */
    opening?: { unknownWords: number; contentWords: number };
    asksGap: boolean;
    otherMatter: boolean;
    onlyOtherMatter?: boolean;
    bothOtherMatter?: boolean;
    otherCareer?: boolean;
    surelyOtherMatter?: boolean;
    gistOtherMatter?: boolean;
  },
) {
  return resolveFollowUp({
    question,
    previous: card,
    mentions: [],
    kb,
    unknownWords: o.unknownWords,
    contentWords: o.contentWords,
    firstQuestionWords: () => o.opening ?? { unknownWords: o.unknownWords, contentWords: o.contentWords },
    asksGap: o.asksGap,
    inAnotherLanguage: () => false,
    readAsAnotherMatter: () => o.otherMatter,
    readAsOnlyAnotherMatter: () => o.onlyOtherMatter ?? false,
    readByBothModels: () => (o.surelyOtherMatter ? 'surely' : o.bothOtherMatter ? 'likely' : 'no'),
    readByGistAsAnotherMatter: () => o.gistOtherMatter ?? false,
    asksForAnotherCareer: () => o.otherCareer ?? false,
  });
}

/** An errand with a pronoun: three of its five content words unknown to the knowledge, no gap asked. */
const KNEE = 'my knee swells after a shift, should i put ice on it?';
const KNEE_WORDS = { unknownWords: 3, contentWords: 5, asksGap: false };

describe('a message in another language whose gist reads as about something else', () => {
  // "tam" (Czech for "there") reads as a pointer in "quan minh dinh mua may rua bat, loai nao ben, tam 10 trieu".
  const DISHWASHER = 'quan minh dinh mua may rua bat, loai nao ben, tam 10 trieu';
  const DISHWASHER_WORDS = { unknownWords: 2, contentWords: 3, asksGap: false, otherMatter: false };

  it('keeps no subject, even with what reads as a pointer', () => {
    expect(followUp(DISHWASHER, DISHWASHER_WORDS)).toBeDefined();
    expect(followUp(DISHWASHER, { ...DISHWASHER_WORDS, gistOtherMatter: true })).toBeUndefined();
  });
});

describe('a message the follow-up model reads as surely about something else', () => {
  it('keeps no subject, even with a pronoun', () => {
    expect(followUp(KNEE, { ...KNEE_WORDS, otherMatter: true })).toBeUndefined();
  });

  it('keeps the subject when it asks for what the knowledge lacks, which the model has seen too seldom', () => {
    const f = followUp('and what about salary bands?', {
      unknownWords: 2,
      contentWords: 2,
      asksGap: true,
      otherMatter: true,
    });
    expect(f?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it('keeps it when the model is not sure', () => {
    expect(followUp(KNEE, { ...KNEE_WORDS, otherMatter: false })?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });
});

/** A message about something else with "it", "or" and a word of money: a gap and a comparison, to the rules. */
const CONSOLE = 'is the new console worth it or is it a gimmick, my birthday money is burning a hole';
const CONSOLE_WORDS = { unknownWords: 5, contentWords: 8, asksGap: true, otherMatter: true };

describe('a message the follow-up model reads below its veto', () => {
  it('keeps no subject for a gap asked with "it" or a choice between two things', () => {
    expect(followUp(CONSOLE, { ...CONSOLE_WORDS, onlyOtherMatter: true })).toBeUndefined();
  });

  it('which above the veto, below the floor only, the gap still keeps', () => {
    expect(followUp(CONSOLE, CONSOLE_WORDS)?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it.each([
    [
      'naming the role by a pointer',
      'are there any people holding such a position in Australian cities, or is it mainly American?',
    ],
    ['pointing back and asking what it needs', 'do they need a degree for that?'],
    ['asking whether someone could do it', 'could someone like me do that with a nursing background?'],
  ])('keeps the subject when %s: "%s"', (_, q) => {
    const f = followUp(q, {
      unknownWords: 2,
      contentWords: 5,
      asksGap: false,
      otherMatter: true,
      onlyOtherMatter: true,
    });
    expect(f?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });
});

describe('a message both models read as about something else', () => {
  /** "it" and "hard": a pointer and a facet of the work, to the rules. */
  const TOMATOES = 'is it hard to grow tomatoes on a balcony?';
  const TOMATO_WORDS = { unknownWords: 2, contentWords: 4, asksGap: false, otherMatter: false };

  it('keeps no subject, though it has a pointer and asks how hard', () => {
    expect(followUp(TOMATOES, { ...TOMATO_WORDS, bothOtherMatter: true })).toBeUndefined();
  });

  it('keeps it when the models do not agree', () => {
    expect(followUp(TOMATOES, TOMATO_WORDS)?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it.each([
    ['asking what the knowledge lacks', "any certs you'd recommend for it", true],
    ['asking whether someone could do it', 'can i get there from truck driver?', false],
    ['naming the role by a pointer', 'is that kind of work hard on the eyes?', false],
  ])('keeps the subject when %s: "%s"', (_, q, asksGap) => {
    const f = followUp(q, { unknownWords: 1, contentWords: 4, asksGap, otherMatter: false, bothOtherMatter: true });
    expect(f?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });
});

describe('a message asking how to reach a career the knowledge does not name', () => {
  const SOMMELIER = 'how i become sommelier? what skills and how long to learn';
  const SOMMELIER_WORDS = { unknownWords: 2, contentWords: 5, asksGap: true, otherMatter: false };

  it('asks its skills and its time of that career, not of the subject', () => {
    expect(followUp(SOMMELIER, { ...SOMMELIER_WORDS, otherCareer: true })).toBeUndefined();
  });

  it('keeps the subject when the career is the subject', () => {
    expect(followUp(SOMMELIER, SOMMELIER_WORDS)?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });
});

describe('a message that names nothing and does not point back', () => {
  const plain = { unknownWords: 4, contentWords: 7, asksGap: false, otherMatter: false };

  it('keeps no subject for a choice between two things of its own: "tap or ryanair"', () => {
    expect(followUp('flying to lisbon on friday. tap or ryanair, which is better?', plain)).toBeUndefined();
  });

  it('keeps the subject when it sets the role against something: "the difference from a nurse?"', () => {
    const f = followUp('and what is the difference from a nurse, really?', {
      ...plain,
      unknownWords: 1,
      contentWords: 3,
    });
    expect(f?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });
});

describe('a message whose first question asks of the subject, with more said around it', () => {
  const FROM_HOME =
    'could that be done from home? we live a bit outside town and the commute is long and dark in winter';
  // Of the whole, six of nine content words are unknown to the knowledge; of the opening question, none of two.
  const FROM_HOME_WORDS = { unknownWords: 6, contentWords: 9, asksGap: true, otherMatter: false };

  it('keeps the subject: what follows the question tells why it is asked', () => {
    const kept = followUp(FROM_HOME, { ...FROM_HOME_WORDS, opening: { unknownWords: 0, contentWords: 2 } });
    expect(kept?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it('keeps the subject when the question stands amid other sentences and asks what the knowledge lacks', () => {
    const shifts =
      "Sounds like a lot o starin at a machine tae be honest. Is it shifts? cause a'm done wi two weeks on two weeks aff";
    // Dialect spellings are words the knowledge never uses: most of the message reads as unknown.
    const words = { unknownWords: 8, contentWords: 12, asksGap: true, otherMatter: false };
    const kept = followUp(shifts, { ...words, opening: { unknownWords: 0, contentWords: 1 } });
    expect(kept?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it.each([
    // "is that real?" points back in words the knowledge lacks: about the calls, not the role.
    'is that real? somebody keeps calling me saying my social security number got suspended',
    'My boiler keeps knocking at night. Is that normal? the landlord never answers his phone',
  ])('keeps none when the first question itself is of another matter: "%s"', (question) => {
    const words = { unknownWords: 6, contentWords: 8, asksGap: false, otherMatter: false };
    expect(followUp(question, { ...words, opening: { unknownWords: 1, contentWords: 1 } })).toBeUndefined();
  });

  it('keeps none when nothing in the opening asks of the subject', () => {
    const question = 'any tips? we live a bit outside town and the commute is long and dark in winter';
    const words = { ...FROM_HOME_WORDS, asksGap: false, opening: { unknownWords: 1, contentWords: 1 } };
    expect(followUp(question, words)).toBeUndefined();
  });
});

describe('a message that says it turns to something else', () => {
  // Most of its words are the knowledge's ("noise", "situation" are not), so only the saying can tell.
  const words = { unknownWords: 3, contentWords: 9, asksGap: false, otherMatter: false };

  it('keeps no subject when what follows weighs two other things against each other', () => {
    const boiler =
      "totally unrelated but my boiler's making a noise at 6am. is that a ring-the-landlord situation or a bleed-the-radiators situation";
    expect(followUp(boiler, words)).toBeUndefined();
  });

  it('keeps the subject when what follows sets the role against something', () => {
    const kept = followUp('unrelated, but is that different from what a nurse does?', words);
    expect(kept?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });
});

describe('a message that sums up what was said, to check it', () => {
  // "lanyard" and "nicer" are words the knowledge never uses; "sales" is a background it names.
  const words = { unknownWords: 2, contentWords: 3, asksGap: false, otherMatter: false };

  it.each(['basically sales with a nicer lanyard?', "so it's basically backend dev?"])(
    'keeps the subject: "%s"',
    (question) => {
      expect(followUp(question, words)?.subject.map((d) => d.id)).toEqual(['data-scientist']);
    },
  );
});

describe('a first question asking what the knowledge lacks, then why', () => {
  const MATH = "how much math we talking? I barely passed algebra back in '02";
  // The follow-up model reads the why ("algebra back in '02") as about something else.
  const words = { unknownWords: 3, contentWords: 6, asksGap: true, otherMatter: true };

  it('keeps the subject: the why does not outweigh the question', () => {
    expect(followUp(MATH, words)?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it('keeps none when no question comes first and the model reads the whole as another matter', () => {
    const question = 'my cousin says the course fees in Leeds went up again, fuming';
    expect(followUp(question, { ...words, unknownWords: 6, contentWords: 9 })).toBeUndefined();
  });
});

describe('after a list, a question asked of "them"', () => {
  const list: Turn = {
    question: 'which jobs use PLCs or factory kit',
    roles: ['industrial-network-engineer', 'robotics-specialist', 'urban-mechanic'],
    // A list has no subject of its own.
    subject: [],
    listed: ['industrial-network-engineer', 'robotics-specialist', 'urban-mechanic'],
  };
  const resolve = (question: string) =>
    resolveFollowUp({
      question,
      previous: list,
      mentions: [],
      kb,
      unknownWords: 0,
      contentWords: 2,
      firstQuestionWords: () => ({ unknownWords: 0, contentWords: 2 }),
      asksGap: false,
      inAnotherLanguage: () => false,
      readAsAnotherMatter: () => false,
      readAsOnlyAnotherMatter: () => false,
      readByBothModels: () => 'no',
      readByGistAsAnotherMatter: () => false,
      asksForAnotherCareer: () => false,
    });

  it.each(['wat do they do day to day', 'what skills would they need for those?'])(
    '"%s" asks of them all, best first',
    (question) => {
      expect(resolve(question)?.subject.map((d) => d.id)).toEqual(list.listed);
    },
  );

  it('"which of those involves robots?" picks one, so asks of none of them all', () => {
    expect(resolve('which of those involves robots?')).toBeUndefined();
  });
});

describe('a background offered after a role, asked whether it counts', () => {
  const words = { unknownWords: 5, contentWords: 9, asksGap: false, otherMatter: false };

  it('keeps the subject when it asks whether the background will do', () => {
    const commo =
      'I was 25U commo before I reclassed to the motor pool. setting up radios and nets going to help me or is it all code now';
    // The follow-up model reads radios and the motor pool as far from any follow-up.
    const kept = followUp(commo, { ...words, onlyOtherMatter: true });
    expect(kept?.subject.map((d) => d.id)).toEqual(['data-scientist']);
  });

  it('asks for roles anew when it asks which jobs suit it', () => {
    expect(followUp('I was a welder for 10 years, which jobs would suit me?', words)).toBeUndefined();
  });
});
