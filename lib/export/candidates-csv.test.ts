import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from '../storage/record-examples';
import { candidatesToCsv, CSV_COLUMNS, UTF8_BOM } from './candidates-csv';

function parse(csv: string) {
  return Papa.parse<Record<string, string>>(csv.slice(UTF8_BOM.length), { header: true }).data;
}

describe('candidatesToCsv', () => {
  it('starts with a BOM and the header, one CRLF row per candidate', () => {
    const csv = candidatesToCsv([EXAMPLE_RECORD_V3, { ...EXAMPLE_RECORD_V3, key: 'github:x' }]);
    expect(csv.startsWith(UTF8_BOM + CSV_COLUMNS.join(','))).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes the fields a recruiter needs, and the flags and reasons of the best source', () => {
    const [row] = parse(candidatesToCsv([EXAMPLE_RECORD_V3], { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 }));
    expect(row).toMatchObject({
      Name: 'Grace Example',
      Status: 'shortlisted',
      Score: '81',
      Verdict: 'strong',
      Sources: 'linkedin, github',
      LinkedIn: 'https://www.linkedin.com/in/grace-example/',
      GitHub: 'https://github.com/grace-ex',
      Tags: 'ranking, referral',
      Tools: 'PyTorch, Docker',
      Reasons: 'Quantified serving latency.',
    });
  });

  it('quotes commas, quotes and line breaks so the note survives intact', () => {
    const note = 'Said "yes", then:\nphone screen, Tuesday; naïve café ✓';
    const [row] = parse(candidatesToCsv([{ ...EXAMPLE_RECORD_V3, note }]));
    expect(row.Note).toBe(note);
  });

  it('neutralises formula cells from any text field', () => {
    const hostile = { ...EXAMPLE_RECORD_V3, name: '=HYPERLINK("http://evil.example")', headline: '+cmd|calc', note: '@SUM(1)', tags: ['-1'] };
    const [row] = parse(candidatesToCsv([hostile]));
    expect(row.Name).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row.Headline).toBe("'+cmd|calc");
    expect(row.Note).toBe("'@SUM(1)");
    expect(row.Tags).toBe("'-1");
    expect(row.Score).toBe('81');
  });

  it('writes only the header for no candidates', () => {
    expect(candidatesToCsv([])).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });
});
