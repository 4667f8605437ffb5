import { expect, it } from 'vitest';
import { englishDomainWords } from '../../src/text/domain-words.js';

it('glosses the domain words of another language, a phrase before its parts, once each', () => {
  expect(englishDomainWords('¿quién diseña experiencias de realidad virtual para bomberos?')).toEqual([
    'designs',
    'virtual reality',
    'firefighters',
  ]);
  expect(englishDomainWords('ciudades inteligentes y ciudades')).toEqual(['smart city', 'city']);
});

it('leaves English alone, including words other languages share ("red", "formation")', () => {
  expect(englishDomainWords('what does a network engineer do in a red team formation?')).toEqual([]);
});

it('reads a French request in the words the knowledge uses: city leaders, translating, strategies', () => {
  expect(englishDomainWords('qui traduit les idées des élus en strat tech pour les archis SI?')).toEqual([
    'translate',
    'ideas',
    'city leaders',
    'strategies',
    'architects',
  ]);
});
