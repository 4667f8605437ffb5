import { describe, expect, it } from 'vitest';
import { everydayMattersIn } from '../../src/text/everyday-matters.js';

describe('everydayMattersIn', () => {
  it.each([
    ['wie wird das Wetter am Wochenende in Graz?', 'weather'],
    ['me pasas la receta de la tortilla? la mía queda seca', 'cooking'],
    ['ma fille a de la fièvre depuis hier, je lui donne quoi?', 'health'],
    ['syn ma zadanie domowe z ułamkami, pomożesz?', 'homework'],
    ['кто вчера выиграл, Спартак или ЦСКА?', 'sport'],
    ['minha máquina de lavar faz um barulho estranho', 'appliance'],
    ['pralka nie działa od rana, co robić?', 'appliance'],
    ['el router parpadea en rojo toda la noche', 'malfunction'],
    ['me hackearon el instagram, cómo lo recupero?', 'account'],
    ['quanto costa un biglietto per Roma ad agosto?', 'travel'],
    ['jak szybko dostać kartę pobytu? karta pobytu mi wygasa', 'paperwork'],
  ])('"%s" speaks of %s', (message, matter) => {
    expect(everydayMattersIn(message)).toContain(matter);
  });

  it.each([
    'how much does a cloud architect earn?',
    'cuánto gana un data scientist en Madrid?',
    'ne radi vikendom, to je dobro',
    'cuánto tiempo se tarda en aprender?',
    'i run the facebook page of our club, does that count?',
    'what does a robotics specialist do?',
    'ami 10 bochor rickshaw chalai, kono job ache?',
    'mi tío es mecánico, arregla frenos y embragues',
    'i bake cakes and run a football club on weekends',
  ])('"%s" speaks of none', (message) => {
    expect(everydayMattersIn(message)).toEqual([]);
  });
});
