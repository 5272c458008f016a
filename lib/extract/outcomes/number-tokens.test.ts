import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanNumbers } from './number-tokens';

const scan = (s: string) => scanNumbers(s).map((t) => [t.text, t.shape, t.unit?.canonical ?? t.magnitude?.canonical ?? '']);

describe('scanNumbers', () => {
  it.each([
    ['Cut cost by 40%', [['40%', 'plain', '%']]],
    ['Saved $2.3M a year', [['$2.3M', 'plain', 'm']]],
    ['Raised €40k', [['€40k', 'plain', 'k']]],
    [
      'from $.20 to $.02',
      [
        ['$.20', 'plain', ''],
        ['$.02', 'plain', ''],
      ],
    ],
    [
      'p99 down to 200 ms',
      [
        ['99', 'glued-name', ''],
        ['200 ms', 'plain', 'ms'],
      ],
    ],
    ['took 90s', [['90s', 'plain', 's']]],
    ['served 3.6 million users', [['3.6 million', 'plain', 'm']]],
    [
      'a 10× speedup and 3-fold gain',
      [
        ['10×', 'plain', 'x'],
        ['3-fold', 'plain', 'x'],
      ],
    ],
    ['3 times faster', [['3 times', 'plain', 'x']]],
    [
      '2 x faster, 3 x 3 grid',
      [
        ['2 x', 'plain', 'x'],
        ['3', 'plain', ''],
        ['3', 'plain', ''],
      ],
    ],
    ['moved 100+TB', [['100+TB', 'plain', 'tb']]],
    ['10k+ requests/sec', [['10k+', 'plain', 'k']]],
    ['at 1000fps', [['1000fps', 'plain', 'fps']]],
    ['score 893±130', [['893±130', 'plain', '']]],
    [
      '∼49x reward, ˜4G data, ≈700k rows',
      [
        ['∼49x', 'plain', 'x'],
        ['˜4G', 'plain', 'gb'],
        ['≈700k', 'plain', 'k'],
      ],
    ],
    ['over 2,000 entries', [['2,000', 'plain', '']]],
    ['10,000 person-hours', [['10,000 person-hours', 'plain', 'h']]],
    [
      'GPT-4 and COVID-19',
      [
        ['4', 'hyphen-name', ''],
        ['19', 'hyphen-name', ''],
      ],
    ],
    [
      'S3, EC2, H100, Web3',
      [
        ['3', 'glued-name', ''],
        ['2', 'glued-name', ''],
        ['100', 'glued-name', ''],
        ['3', 'glued-name', ''],
      ],
    ],
    // The digits glued after a name's first number belong to the same name.
    [
      'Mixtral 8x7B on 8xA100s',
      [
        ['8x', 'glued-name', ''],
        ['8xA', 'glued-name', ''],
      ],
    ],
    [
      'won 1st and 2nd place',
      [
        ['1st', 'ordinal', ''],
        ['2nd', 'ordinal', ''],
      ],
    ],
    ['FontAwesome 4.5.0', [['4.5.0', 'version', '']]],
    ['call 952-465-8964', [['952-465-8964', 'identifier', '']]],
    ['2019-2021', [['2019-2021', 'range', '']]],
    [
      'GPA 3.82/4.0 and 24/7 support',
      [
        ['3.82/4.0', 'fraction', ''],
        ['24/7', 'fraction', ''],
      ],
    ],
    ["in the '90s", [['90s', 'decade', 's']]],
    ['ranked #1', [['1', 'hash', '']]],
    [
      'a 75-page report over a 10-week programme',
      [
        ['75-page', 'compound', ''],
        ['10-week', 'duration-adjective', ''],
      ],
    ],
    ['Recall@10', [['10', 'glued-name', '']]],
    ['HTTP/2 servers', [['2', 'glued-name', '']]],
    [
      '16pt FFT in 3D',
      [
        ['16pt', 'glued-name', ''],
        ['3D', 'glued-name', ''],
      ],
    ],
    ['no digits here', []],
    // European typography: decimal comma, a space before %, the currency after the amount.
    ['evalúa 1,7 millones de pagos', [['1,7 millones', 'plain', 'm']]],
    [
      'bajó del 6,3 % al 2,9 %',
      [
        ['6,3 %', 'plain', '%'],
        ['2,9 %', 'plain', '%'],
      ],
    ],
    [
      'ahorro de 2,5 M€ y 40 €',
      [
        ['2,5 M€', 'plain', 'm'],
        ['40 €', 'plain', ''],
      ],
    ],
    [
      'Umsatz 3 Mio. € und 1,2 Mrd. EUR',
      [
        ['3 Mio. €', 'plain', 'm'],
        ['1,2 Mrd. EUR', 'plain', 'b'],
      ],
    ],
    [
      'versions 1,2,3 and 4,500 rows',
      [
        ['1', 'plain', ''],
        ['2', 'plain', ''],
        ['3', 'plain', ''],
        ['4,500', 'plain', ''],
      ],
    ],
    ['3 M users', [['3', 'plain', '']]],
  ])('%s', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it('reads the value, decimals and comma of the first number', () => {
    const [t] = scanNumbers('about 1,234.5 units');
    expect([t.value, t.decimals, t.integerDigits, t.hasComma]).toEqual([1234.5, 1, 4, true]);
  });

  it.each([
    ['1,7 millones', 1.7, 1, false],
    ['0,125 de error', 0.125, 3, false],
    ['12,5 %', 12.5, 1, false],
    ['2,400 filas', 2400, 0, true],
  ])('reads a decimal comma as a point: %s', (text, value, decimals, hasComma) => {
    const [t] = scanNumbers(text);
    expect([t.value, t.decimals, t.hasComma]).toEqual([value, decimals, hasComma]);
  });

  it('keeps spans in order, inside the text, and equal to the printed token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        let last = 0;
        for (const t of scanNumbers(s)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scans numeric noise from a resume alphabet without throwing', () => {
    const alphabet = fc.constantFrom(..."0123456789.,%$€~∼±+-–/x×kKMBms #@'()".split(''), ' ms', ' million', ' to ', 'from ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
        const s = parts.join('');
        for (const t of scanNumbers(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 200 },
    );
  });
});
