import { expect, it } from 'vitest';
import { withoutShorthand } from '../../src/text/chat-shorthand.js';

it('writes out chat shorthand with one meaning', () => {
  expect(withoutShorthand('jobs where u mostly talk to ppl w/ no coding? abt to switch bc bored')).toBe(
    'jobs where you mostly talk to people with no coding? about to switch because bored',
  );
});

it('leaves words that only contain the shorthand, and letters with other meanings, alone', () => {
  expect(withoutShorthand('r and python, build a UI, pursue a course')).toBe(
    'r and python, build a UI, pursue a course',
  );
});

it('writes Scots out in English, and leaves "ma" that is not "my" alone', () => {
  expect(withoutShorthand('wha fixes them? could ma pal dae any o this, he cannae code')).toBe(
    'who fixes them? could my pal do any of this, he cannot code',
  );
  expect(withoutShorthand('an MA in urban studies')).toBe('an MA in urban studies');
  expect(withoutShorthand('whit joabs need ye tae ken aboot robots wi wee boards?')).toBe(
    'what jobs need you to know about robots with wee boards?',
  );
});

it("writes West Country speech out, and leaves a lone o or me that is not 'of' or 'my' alone", () => {
  expect(withoutShorthand("me boy's a welder, any o' these jobs fer 'im?")).toBe(
    "my boy's a welder, any of these jobs for him?",
  );
  expect(withoutShorthand('tell me more about option o')).toBe('tell me more about option o');
});

it('writes out words spelt by ear, and a lone "w" only before what it goes with', () => {
  expect(withoutShorthand('hoo wud hire me, wot do they want? sumthing w the robots')).toBe(
    'who would hire me, what do they want? something with the robots',
  );
  expect(withoutShorthand('a W shaped bracket, w is a letter')).toBe('a W shaped bracket, w is a letter');
});

it('puts back a dropped g, and reads a lone n between words as "and", leaving other words alone', () => {
  expect(withoutShorthand('talkin to folk n fixin things, not sittin about')).toBe(
    'talking to people and fixing things, not sitting about',
  );
  expect(withoutShorthand('a pin in the cabin, owt else?')).toBe('a pin in the cabin, anything else?');
});

it('reads "ting" as thing and "biz" as business', () => {
  expect(withoutShorthand('the brain chip ting')).toBe('the brain chip thing');
  expect(withoutShorthand('biz transformation?')).toBe('business transformation?');
});

it('writes out Norfolk "yew", "dew" and "arter", and a job board\'s "CSM", leaving a yew tree alone', () => {
  expect(withoutShorthand('what dew yew know')).toBe('what do you know');
  expect(withoutShorthand('who look arter them robots')).toBe('who look after them robots');
  expect(withoutShorthand('basically CSM but for govtech')).toBe('basically customer success manager but for govtech');
  expect(withoutShorthand('an old yew hedge')).toBe('an old yew hedge');
});

it('writes out "gotta" and "hafta", so the question reads as what one must do', () => {
  expect(withoutShorthand('which of them do u gotta code for? or do i hafta learn it anyway')).toBe(
    'which of them do you have to code for? or do i have to learn it anyway',
  );
});

it('writes out "wich" and "alot", which are no words a search can use', () => {
  expect(withoutShorthand('wich roles make u code alot')).toBe('which roles make you code a lot');
});

it('reads "wha" as "what" where it asks what, and as Scots "who" before what someone does', () => {
  expect(withoutShorthand('taxi driver, 15 yrs. wha fuh me?')).toBe('taxi driver, 15 yrs. what fuh me?');
  expect(withoutShorthand("wha's that job called")).toBe("what's that job called");
  expect(withoutShorthand('is it just fixing cars or wha')).toBe('is it just fixing cars or what');
  expect(withoutShorthand('wha fixes the lights?')).toBe('who fixes the lights?');
});
