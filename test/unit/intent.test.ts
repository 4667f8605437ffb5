import { beforeAll, describe, expect, it } from 'vitest';
import { asksForFit, INTENT_RULES } from '../../src/answer/intent.js';
import type { CareerEngine } from '../../src/engine.js';
import { createEngine } from '../support/engine.js';

let engine: CareerEngine;
beforeAll(async () => {
  engine = await createEngine();
});

// Each rule carries the questions it must classify; read them as the engine reads any question.
describe.each(INTENT_RULES.map((r) => [r.intent, r] as const))('intent %s', (intent, rule) => {
  it.each(rule.examples)('%s', async (question) => {
    expect((await engine.understand(question)).intent).toBe(intent);
  });
});

describe('asking what one could do', () => {
  it.each(['I was a nurse for 10 years, what can I do?', 'forklift driver here. what could I even do?'])(
    '"%s" asks where a background fits',
    (q) => {
      expect(asksForFit(q)).toBe(true);
    },
  );

  it.each([
    'yall think an ex roughneck could do it? i done a lotta safety stuff',
    'reckon someone who drove a forklift 20 years could handle that?',
  ])('"%s" asks whether the person named first could do the job', (q) => {
    expect(asksForFit(q)).toBe(true);
  });

  it.each(['can i get there from truck driver?', 'could I move into it from nursing?'])(
    '"%s" asks whether a background leads to the job',
    (q) => {
      expect(asksForFit(q)).toBe(true);
    },
  );

  it('"can I do it online?" asks how an errand is done, not whether the asker could do a job', () => {
    expect(asksForFit('I need to book a blood test at my GP, can I do it online?')).toBe(false);
    expect(asksForFit('ex-nurse here, could I do it?')).toBe(true);
  });

  it.each([
    'the router blinks orange every evening. what can I do to fix it?',
    'my landlord ignores me, what can I do about it?',
  ])('"%s" asks how to mend something, not where anyone fits', (q) => {
    expect(asksForFit(q)).toBe(false);
  });

  it.each([
    'ngano hinay kaayo among wifi sa balay, pldt. i restart ba nako ang router o tawagan sila',
    'na hack akong fb account kagabii, nag post og scam sa akong mga friends. unsaon pag recover',
  ])('"%s" asks, in Cebuano and without a question mark, how to do an errand: it offers no background', (q) => {
    expect(asksForFit(q)).toBe(false);
  });

  it.each([
    'my internet at home is very slow, the provider say all is fine. what can i do?',
    'my wifi at home very slow in evening, router TP-Link, what i can do',
    'the printer at work keeps jamming, what can I do?',
  ])('"%s" tells of a thing at fault: what can be done is a repair, not a job', (q) => {
    expect(asksForFit(q)).toBe(false);
  });

  it('"i fix routers that are broken all day, what can i do?" tells what the asker does, so asks where it fits', () => {
    expect(asksForFit('i fix routers that are broken all day, what can i do?')).toBe(true);
  });

  it('"seaman ako 10 years, marine engineer" still offers a background', () => {
    expect(asksForFit('seaman ako 10 years, marine engineer')).toBe(true);
  });

  it.each([
    'me hackearon el insta weón, están publicando puras estafas de cripto, cómo lo recupero',
    'acha ek aur, mera jio ka 2GB daily data dopahar tak khatam ho jata hai, kaunsa plan lu',
    'facebook em bi hack roi, ko dang nhap dc, lay lai sao anh',
    // Indonesian chat shorthand: "gmn" is "gimana", how.
    'nah kebetulan, akun WA gw kayaknya dibajak, temen2 pada dapet chat minta transfer duit. cara ngambil balik gmn ya',
  ])('"%s" asks with a question word of another language, without a mark: it offers no background', (q) => {
    expect(asksForFit(q)).toBe(false);
  });

  it('"had a part time job as a barista" tells a job held, not one wanted', () => {
    expect(asksForFit("i've only had a part time job as a barista, is there anything i could do in this?")).toBe(true);
  });

  it('"trabajé como chofer 10 años, manejo camiones" still offers a background: "como" is "as"', () => {
    expect(asksForFit('trabajé como chofer 10 años, manejo camiones')).toBe(true);
  });
});
