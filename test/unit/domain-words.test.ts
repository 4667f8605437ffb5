import { expect, it } from 'vitest';
import { englishDomainWords, glossedWords, nameInEnglish, readGlosses } from '../../src/text/domain-words.js';
import { words } from '../../src/text/normalize.js';

it('glosses the domain words of another language, a phrase before its parts, once each', () => {
  expect(englishDomainWords('¿quién diseña experiencias de realidad virtual para bomberos?')).toEqual([
    'designs',
    'experiences',
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

it('reads Polish, Italian and German domain words, ł and ß folded like any accent', () => {
  expect(englishDomainWords('kto pisze programowanie sieci, żeby nie trzeba było klepać configu?')).toEqual([
    'programming',
    'network',
  ]);
  expect(englishDomainWords('quali lavori richiedono la sicurezza informatica?')).toEqual([
    'job',
    'requires',
    'cyber security',
  ]);
  expect(englishDomainWords('wer passt auf die Ampeln und die Brücken auf')).toEqual([
    'protects',
    'traffic lights',
    'bridges',
  ]);
});

it('folds letters that have no accent to strip (ł, ß) so a word stays one word', () => {
  expect(words('Tłumaczy, Straße')).toEqual(['tlumaczy', 'strasse']);
});

it('says which words a gloss reads, so they count as understood', () => {
  expect([...glossedWords('quali lavori richiedono il machine learning?')]).toEqual(['lavori', 'richiedono']);
});

it('puts a title typed in another language into the English of the knowledge', () => {
  expect(nameInEnglish('analista de ciberseguridad')).toBe('analyst cyber security');
  expect(nameInEnglish('Industrienetzwerk-Ingenieur')).toBe('industrial network engineer');
  expect(nameInEnglish('cloud architect')).toBeUndefined();
});

it('reads a word of an inflected language in any case ending, by its stem', () => {
  expect(englishDomainWords('ki dolgozik a kiberbiztonsági csapatban')).toContain('cyber security');
  expect(englishDomainWords('hledám práci v kybernetické bezpečnosti')).toContain('cyber security');
});

it('reads Russian written in Cyrillic as in Latin letters', () => {
  expect(englishDomainWords('шифрование данных')).toEqual(['encryption', 'data']);
  expect(words('Инженер')).toEqual(['inzhener']);
});

it('reads the Cyrillic letters of Kazakh, Tatar and Mongolian as their speakers write them in Latin ones', () => {
  expect(words('Рәхмәт, баярлалаа')).toEqual(['rakhmat', 'bayarlalaa']);
  expect(words('Қазақстан, Өскемен, үй')).toEqual(['kazakstan', 'oskemen', 'ui']);
});

it('reads the concepts written for every language at once: neural networks, databases, hospitals', () => {
  expect(englishDomainWords('кто работает с нейросетями?')).toContain('neural networks');
  expect(englishDomainWords('quien trabaja con redes neuronales y bases de datos?')).toContain('database');
  expect(englishDomainWords('wer repariert die Roboter im Krankenhaus?')).toContain('hospital');
});

it("reads the trade's jargon only when asked to", () => {
  expect(readGlosses('who owns the terraform setup?').english).toEqual([]);
  expect(readGlosses('who owns the terraform setup?', true).english).toEqual(['cloud infrastructure']);
});

it('reads a German compound of two glossed words as both, and leaves a long English word alone', () => {
  expect(englishDomainWords('was macht ein Plattformentwickler?')).toContain('platform developers');
  expect(englishDomainWords('understanding smartphones')).toEqual([]);
});
