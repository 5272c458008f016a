import { describe, expect, it } from 'vitest';
import { linkBaselines } from './link-baselines';
import { scanNumbers } from './number-tokens';

const countedAfter = (s: string) => linkBaselines(s, scanNumbers(s))[0].countedAfter;

const link = (s: string) =>
  linkBaselines(s, scanNumbers(s)).map((l) => [l.token.text, l.baseline ?? '', l.target ?? '', l.compared, l.token.unit?.canonical ?? '']);

describe('linkBaselines', () => {
  it.each([
    ['cut inference from 90s to 4s', [['90s', '90s', '4s', true, 's']]],
    ['turnaround from 14 to 4 hours', [['14', '14', '4 hours', true, 'h']]],
    ['load time: 10 sec → 1 sec', [['10 sec', '10 sec', '1 sec', true, 's']]],
    ['reward 893±130 vs. 424±106', [['893±130', '424±106', '', true, '']]],
    ['saved 2 to 3 hours per rep', [['2 to 3 hours', '', '', false, 'h']]],
    ['latency 300 ms to 40 ms', [['300 ms', '300 ms', '40 ms', true, 'ms']]],
    ['pasó del 6,3 % al 2,9 %', [['6,3 %', '6,3 %', '2,9 %', true, '%']]],
    ['sank von 12 auf 3 Sekunden', [['12', '12', '3 Sekunden', true, 's']]],
    ['scaled throughput from <100K to >2M images/day', [['100K', '100K', '2M', true, '']]],
  ])('%s', (s, expected) => {
    expect(link(s)).toEqual(expected);
  });

  it('counts the noun after the target when neither end has a unit', () => {
    expect(countedAfter('grew from 2 to 5 models')).toBe('grew from 2 to 5'.length);
    expect(countedAfter('cut from 90s to 4s')).toBeUndefined();
  });

  it.each([
    ['incidents fell from 7 per quarter to 1', '7', '1', 'quarter'],
    ['errors went from roughly 300 a week to under 5', '300', '5', 'week'],
    ['pages dropped from 12 to under 3 per night', '12', '3', 'night'],
  ])('links a count over a period: %s', (s, baseline, target, per) => {
    expect(linkBaselines(s, scanNumbers(s))[0]).toMatchObject({ baseline, target, per, compared: true });
  });

  it('needs "from" to read a period between two numbers', () => {
    expect(linkBaselines('ran 7 per quarter to 1 site', scanNumbers('ran 7 per quarter to 1 site'))[0].per).toBeUndefined();
  });

  it.each([
    [
      'cut cost 40% and served 2M users',
      [
        ['40%', '', '', false, '%'],
        ['2M', '', '', false, ''],
      ],
    ],
    [
      'grew from 3 teams, then 40% to revenue',
      [
        ['3', '', '', false, ''],
        ['40%', '', '', false, '%'],
      ],
    ],
    [
      'kept latency <100 ms; served >2M images/day',
      [
        ['100 ms', '', '', false, 'ms'],
        ['2M', '', '', false, ''],
      ],
    ],
  ])('leaves separate claims apart: %s', (s, expected) => {
    expect(link(s)).toEqual(expected);
  });
});
