import { beforeAll, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { NameMatcher, wordsMatch } from '../../src/retrieval/name-matcher.js';
import { KNOWLEDGE_DIR } from '../support/engine.js';

let matcher: NameMatcher;
beforeAll(async () => {
  const kb: KnowledgeBase = await loadKnowledge(KNOWLEDGE_DIR);
  matcher = NameMatcher.forKnowledge(kb);
});

const ids = (text: string) => matcher.find(text).map((m) => m.docId);

it('finds titles, ids and aliases in a sentence, in any case', () => {
  expect(ids('What does an URBAN MECHANIC do?')).toContain('urban-mechanic');
  expect(ids('tell me about data-scientist')).toContain('data-scientist');
});

it('forgives a typo in a long name but not a different short word', () => {
  expect(ids('what does a digital antropologist do')).toContain('digital-anthropologist');
  expect(ids('what does a cat do')).toEqual([]);
});

it('marks a related profession as similar, not as the role itself', () => {
  const match = matcher.find('what does a data analyst do?').find((m) => m.similar);
  expect(match).toBeDefined();
});

it('finds two names for a comparison, in the order written', () => {
  const found = matcher.find('cloud architect vs urban mechanic').sort((a, b) => a.start - b.start);
  expect(found.map((m) => m.docId)).toEqual(['cloud-architect', 'urban-mechanic']);
});

it('reads a word written without its vowels inside a longer name, and not a contraction on its own', () => {
  expect(ids('indstrial network engr skills')).toContain('industrial-network-engineer');
  expect(ids('platform dvlpr')).toContain('platform-developer');
  expect(ids('sr engr here')).toEqual([]);
});

it('reads a name shortened in every word when each part is long enough ("robot techs"), not three-letter stubs', () => {
  expect(ids('how much do robot techs make an hour')).toContain('robotics-specialist');
  expect(ids('the virt real guy')).toContain('virtual-reality-designer');
  expect(ids('the vir rea guy')).toEqual([]);
});

it('after an edit, finds the names of added documents, typos included, and no longer those of removed ones', async () => {
  const kb = await loadKnowledge(KNOWLEDGE_DIR);
  const read = NameMatcher.fromState(NameMatcher.forKnowledge(kb).toState());
  const mechanic = kb.byId.get('urban-mechanic')!;
  const renamed = { ...mechanic, id: 'street-tinkerer', title: 'Street Tinkerer', aliases: ['kerbside fixer'] };
  read.applyChanges(new Set(['urban-mechanic']), [renamed]);
  const found = (text: string) => read.find(text).map((m) => m.docId);
  expect(found('what does an urban mechanic do?')).not.toContain('urban-mechanic');
  expect(found('what does a street tinkerer do?')).toContain('street-tinkerer');
  expect(found('what does a kerbsyde fixer do?')).toContain('street-tinkerer');
  expect(found('what does a data scientist do?')).toContain('data-scientist');
});

it('finds a name spelled by ear, word by word', () => {
  expect(ids('wats a clowd arkitekt then')).toContain('cloud-architect');
  expect(ids('whats a 3d prynt technishun')).toContain('3d-print-technician');
});

it('finds a name whose first word has two letters changed but sounds the same, and keeps it after a round trip through the cache', () => {
  expect(ids('is a costumer maker a sales job?')).toContain('customer-maker');
  expect(
    NameMatcher.fromState(matcher.toState())
      .find('what do costumer makers do')
      .map((m) => m.docId),
  ).toContain('customer-maker');
  // Not every word that sounds like a name's first word is that name.
  expect(ids('a costumer complained about the tram app')).not.toContain('customer-maker');
});

it('takes no word for another that differs only in a final "s" for its last letter', () => {
  expect(wordsMatch(['radis'], ['radio'])).toBeUndefined();
  expect(wordsMatch(['tribes'], ['triber'])).toBeUndefined();
  expect(wordsMatch(['radios'], ['radio'])).toBeDefined();
  expect(wordsMatch(['robotiks'], ['robotics'])).toBeDefined();
});

it('takes no thing for the person who works with it: "tribes" in a sentence is not a triber', () => {
  expect(ids('like the scholars who studied remote tribes, but for gadgets')).not.toContain('professional-triber');
  expect(ids('which tribers work in cities?')).toContain('professional-triber');
  expect(ids('what does a tribr do?')).toContain('professional-triber');
});

it('hears a one-word name spelled by its sounds, from another alphabet too, but not a short one', () => {
  expect(ids('Какво прави тоя трайбър?')).toContain('professional-triber');
  expect(ids('what does a traibar do')).toContain('professional-triber');
  expect(wordsMatch(['mejker'], ['maker'])).toBeUndefined();
});
