import { describe, expect, it } from 'vitest';
import {
  asksAfterThanks,
  asksHowToUseBot,
  asksWhatBotDoes,
  asksWhatTheBotIs,
  socialKind,
  socialLeaning,
} from '../../src/answer/social-message.js';

it('reads a question of what the bot can do written in Cyrillic', () => {
  expect(asksWhatBotDoes('что ты умеешь?')).toBe(true);
  expect(asksWhatBotDoes('шо ти вмієш взагалі')).toBe(true);
  expect(asksWhatBotDoes('что делает инженер?')).toBe(false);
});

it('takes "gotta go" for a goodbye, and "do I gotta go down to the office?" for the errand it asks about', () => {
  expect(socialLeaning('ok gotta run, thanks')).toBe('farewell');
  expect(socialLeaning('right, I have to go now')).toBe('farewell');
  expect(socialLeaning('need to go pick up the kids, laters')).toBe('farewell');
  expect(socialLeaning('do I have to go down to the licensing office or is it online')).toBeUndefined();
  expect(socialLeaning('can you go out and get me the forms')).toBeUndefined();
});

it('takes thanks, greetings and goodbyes in languages read only for their courtesy', () => {
  expect(socialKind('dankon, ĝis revido!')).toBe('farewell');
  expect(socialKind('Misaotra!')).toBe('thanks');
  expect(socialKind('Mingalaba')).toBe('greeting');
  expect(socialKind('sawa basi, nimeelewa. tutaonana kesho')).toBe('farewell');
  expect(socialLeaning('tapadh leat, bha sin glè fheumail')).toBe('thanks');
  expect(socialLeaning('Баярлалаа, маш их тус болсон')).toBe('thanks');
  // English's small words in another language's set phrase take no leave: "to" of Tajik "to didor".
  expect(socialKind('and what would I need to know to do it')).not.toBe('farewell');
});

it('reads "are you a program or a person?" in any language, and not a question of robots and people at work', () => {
  expect(asksWhatTheBotIs('Sei un robot o una persona vera?')).toBe(true);
  expect(asksWhatTheBotIs('Вы живой человек или программа?')).toBe(true);
  expect(asksWhatTheBotIs('je, wewe ni robot au binadamu?')).toBe(true);
  expect(asksWhatTheBotIs("is jy 'n regte mens of 'n rekenaar?")).toBe(true);
  expect(asksWhatTheBotIs('bom dia meu filho kkkk você é gente ou é robô?')).toBe(true);
  expect(asksWhatTheBotIs('alo bom dia, vc é gente ou é robô? kkkk')).toBe(true);
  expect(asksWhatTheBotIs('is the work of a robot or of a person, in the factories?')).toBe(false);
  expect(asksWhatTheBotIs('will a robot replace a human in urban mechanic jobs?')).toBe(false);
  expect(
    asksWhatTheBotIs('person fix small electric thing inside patient head, talk with computer. this what job?'),
  ).toBe(false);
});

describe('fifteenth session: "a person or a robot?" asked of the bot in more ways', () => {
  it.each([
    'is this a real person typing or a robot?',
    'oi, you a real bloke or one of them robot things?',
    'buenas tardes, usted es persona o es un robot?',
  ])('"%s" asks what the bot is', (q) => {
    expect(asksWhatTheBotIs(q)).toBe(true);
  });

  it.each([
    'is this job done by robots or by a person on site?',
    'what do you call the bloke who programs the inspection robots?',
  ])('"%s" asks about the work', (q) => {
    expect(asksWhatTheBotIs(q)).toBe(false);
  });
});

it.each(['你可以做什么?', 'このボットは何ができますか?', '넌 뭘 할 수 있어?', 'hi, 你可以幫我做咩?'])(
  '"%s" asks what the bot can do, in Chinese, Japanese or Korean',
  (q) => {
    expect(asksWhatBotDoes(q)).toBe(true);
  },
);

it('reads "how does this work?" in Catalan as a question about the bot', () => {
  expect(asksHowToUseBot('com funciona això? només parles de feines o de tot?')).toBe(true);
  expect(asksHowToUseBot('com funciona una xarxa elèctrica intel·ligent?')).toBe(false);
});

describe('twenty-fifth session: thanks, then a request of its own', () => {
  it.each([
    'Thanks. Please recommend a good series to watch tonight.',
    'thank you! please give me a name for my new puppy',
    'ok thank you. other question, how i get red wine out of a carpet',
    // A request that ends in its tag, "would ya", "could you".
    "cheers. missus' birthday sunday, knock us up a short poem for the card would ya",
  ])('"%s" asks something: not courtesy only', (message) => {
    expect(socialLeaning(message)).toBeUndefined();
    expect(asksAfterThanks(message)).toBe(true);
  });

  it.each([
    'thanks, that was really useful for my essay',
    'thank you so much!',
    // Transliterated Cyrillic: "ты" reads "ty", which in Latin letters would be thanks.
    'Сәлем! ты что умеешь вообще? как тебе правильно вопросы задавать?',
  ])('"%s" does not ask after thanks', (message) => {
    expect(asksAfterThanks(message)).toBe(false);
  });
});

describe('twenty-eighth session: courtesy words used in an account of oneself', () => {
  it.each([
    // "take care" of someone is work done, not a goodbye.
    'before that I was CNA at nursing home, take care old people many year. any job here for me',
    // "That's me" closing a description says who the person is.
    "Security rating at Faslane after I came off boats. Gate, rounds, pass checks. That's me.",
    // "can do what job" asks where the person fits, not what the bot can do.
    'I weld and build my own trailer in the shop. welder can do what job here?',
  ])('"%s" is no courtesy', (message) => {
    expect(socialLeaning(message)).toBeUndefined();
  });

  it.each(['Take care now.', 'take care. 再见', "right that's me, cheerio", 'right. thats me'])(
    '"%s" still takes its leave',
    (message) => {
      expect(socialLeaning(message)).toBe('farewell');
    },
  );
});
