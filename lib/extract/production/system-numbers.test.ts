import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../text/word-tokens';
import { findSystemNumbers } from './system-numbers';

function numbersIn(text: string) {
  const found = findSystemNumbers(tokenizeWords(text), text);
  return { measure: found.measure && text.slice(found.measure.start, found.measure.end), usage: found.usage && text.slice(found.usage.start, found.usage.end) };
}

describe('findSystemNumbers', () => {
  it.each([
    ['cut p99 latency by 40%', '40', undefined],
    ['saved $2.3M a year in GPU spend', '2.3M', undefined],
    ['from 90s to 4s', '90s', undefined],
    ['handling 1,200 requests per second', '1,200', '1,200'],
    ['a platform serving 70,000+ monthly users', '70,000', '70,000'],
    ['used by 10M+ users', '10M', '10M'],
    ['used by thousands of users', 'thousands', 'thousands'],
    ['processes 2 TB daily', '2', undefined],
    ['serving 2.4 million users', '2.4', '2.4'],
    ['responde en 35 ms de mediana', '35', undefined],
    ['atiende 3 millones de usuarios al día', '3', '3'],
    ['verarbeitet 5.000 Anfragen pro Tag', '5.000', '5.000'],
    ['el coste bajó un 27 % en un año', '27', undefined],
    ['un ahorro de 3 M€ al año', '3', undefined],
    ['kostet 250 € im Monat', '250', undefined],
    ['scoring semanal de 3,8 M de registros', '8', undefined],
    ['environ 900 000 mesures par jour', '900', undefined],
  ])('%s', (text, measure, usage) => {
    expect(numbersIn(text)).toEqual({ measure, usage });
  });

  it.each([
    ['from 2019 to 2023'],
    ['a team of 6 engineers'],
    ['+1 (646)-436-3808 stackoverflow.com/users/846970'],
    ['Python 3 and GPT-4'],
    ['mentored 4 interns over 2 summers'],
    ['compared serving stacks on a 7B model'],
    ['un equipo de 4 personas'],
    ['Python 3 y Java 17'],
    ['4 años de experiencia'],
    ['seit 2019 im Team mit 5 Kollegen'],
  ])('ignores %s', (text) => {
    expect(numbersIn(text)).toEqual({ measure: undefined, usage: undefined });
  });

  it('does not count a few clients as the scale of a system', () => {
    expect(numbersIn('built churn models for 3 telecom clients').usage).toBeUndefined();
  });

  it('does not treat data about users as usage of a system', () => {
    expect(numbersIn('analyzed clickstream of 2M users').usage).toBeUndefined();
    expect(numbersIn('analicé datos de 3 millones de usuarios').usage).toBeUndefined();
  });
});

describe('findSystemNumbers: volumes per unit of time', () => {
  const rateIn = (text: string) => {
    const found = findSystemNumbers(tokenizeWords(text), text).rate;
    return found && text.slice(found.start, found.end);
  };
  it.each([
    ['processing 2M events a day', '2M'],
    ['scoring semanal de 3,8 M de registros', '8'],
    ['environ 1,2 million de lignes traitées par jour', '2'],
    ['verarbeitet 40.000 Bilder pro Woche', '40.000'],
    ['The pipeline now processes about 9,000 hours of audio a day.', '9,000'],
  ])('%s has the rate %s', (text, rate) => expect(rateIn(text)).toBe(rate));
  it.each([
    'a corpus of 2M documents',
    'labelled 40,000 images for the thesis',
    'transcribed 300 hours of audio for the thesis corpus',
    'cut latency by 40% per request',
  ])('%s has none', (text) => expect(rateIn(text)).toBeUndefined());
});
