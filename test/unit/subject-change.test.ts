import { describe, expect, it } from 'vitest';
import { afterSubjectChange, opensWithSubjectChange } from '../../src/answer/subject-change.js';

describe('afterSubjectChange', () => {
  it.each([
    ['btw is it hard to grow tomatoes on a balcony?', ' is it hard to grow tomatoes on a balcony?'],
    ['Thank you. On an entirely unrelated matter, when does the market open?', ', when does the market open?'],
    ['unrelated, but my cat keeps sneezing', ', but my cat keeps sneezing'],
    [
      'ok random mais c’est combien de temps en char jusqu’à Québec?',
      ' mais c’est combien de temps en char jusqu’à Québec?',
    ],
    ['übrigens, wann fährt der nächste Zug nach Salzburg?', ', wann fährt der nächste Zug nach Salzburg?'],
    ['speaking of clouds, will it hail tonight?', ' clouds, will it hail tonight?'],
    ['right. different thing: my kid’s bike has a flat tyre', ': my kid’s bike has a flat tyre'],
    ['switching gears, any tips for a cheap flight to Lisbon?', ', any tips for a cheap flight to Lisbon?'],
    ['not work related but how long do I boil an egg', ' but how long do I boil an egg'],
    [
      "cheers. while we're at it, any idea how to get wax off a tablecloth?",
      ', any idea how to get wax off a tablecloth?',
    ],
    ["heh. well while a'm here, ma van's clutch is slippin on hills", ", ma van's clutch is slippin on hills"],
    ['Ok. Lòt bagay, vwazen an mete mizik fò chak swa', ', vwazen an mete mizik fò chak swa'],
    ['ma3lesh so2al shakhsy, el 2otta beta3ty mesh bt-akol', ', el 2otta beta3ty mesh bt-akol'],
  ])('"%s" says it is about something else, then "%s"', (message, rest) => {
    expect(afterSubjectChange(message)).toBe(rest);
  });

  it.each([
    'who said that btw?',
    'is it unrelated to data science?',
    'Could you explain it in terms I could put in a briefing note?',
    'what skills does a cloud architect need?',
    "I'm not really au fait with these chat tools, what can you tell me about?",
    'is there a different thing they could do with my background?',
    'while I am here in Hamburg, could I train for one of these roles?',
  ])('"%s" does not', (message) => {
    expect(afterSubjectChange(message)).toBeUndefined();
  });
});

describe('opensWithSubjectChange', () => {
  it('reads the saying only where it opens the message, after a word or three of courtesy', () => {
    expect(opensWithSubjectChange('ok thanks. off topic pero ano kaya magandang ulam mamaya')).toBe(
      ' pero ano kaya magandang ulam mamaya',
    );
    expect(
      opensWithSubjectChange('where is your info coming from btw? kinda wanna know how fresh it is'),
    ).toBeUndefined();
  });
});
