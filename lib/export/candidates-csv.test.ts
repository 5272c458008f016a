import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { saveInventedCandidates } from '../../tests/fixtures/exports/invented-candidates';
import { EXAMPLE_RECORD_V3, EXAMPLE_SNAPSHOT_V2 } from '../storage/record-examples';
import { candidatesToCsv, CSV_COLUMNS, UTF8_BOM } from './candidates-csv';

function parse(csv: string) {
  return Papa.parse<Record<string, string>>(csv.slice(UTF8_BOM.length), { header: true }).data;
}

async function exportedRows() {
  const saved = await saveInventedCandidates();
  return parse(
    candidatesToCsv(
      saved.map((e) => e.record),
      Object.assign({}, ...saved.map((e) => e.snapshots)),
    ),
  );
}

describe('candidatesToCsv', () => {
  it('starts with a BOM and the header, one CRLF row per candidate', () => {
    const csv = candidatesToCsv([EXAMPLE_RECORD_V3, { ...EXAMPLE_RECORD_V3, key: 'github:x' }]);
    expect(csv.startsWith(UTF8_BOM + CSV_COLUMNS.join(','))).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes the columns an ATS import maps: names apart, company, location, contact, profiles, source', async () => {
    const [noor, tomas] = await exportedRows();
    expect(noor).toMatchObject({
      'First Name': 'Noor',
      'Last Name': 'Invented',
      Headline: 'Staff ML Engineer, search ranking',
      'Current Company': 'Invented Logistics',
      Location: 'Porto, Portugal',
      Email: 'noor@example.com',
      Phone: "'+351-900-000-000",
      'LinkedIn URL': 'https://www.linkedin.com/in/noor-invented/',
      Source: 'LinkedIn',
      Tags: 'referral, ranking',
      'Top Reasons': 'Served ranking models with quantified latency. | Owns production on Kubernetes.',
    });
    expect(tomas).toMatchObject({ 'First Name': 'Tomas', 'GitHub URL': 'https://github.com/tomas-ph', Source: 'GitHub', 'Current Company': '', Email: '' });
  });

  it('status and verdict read differently: the status in words, the verdict by its label', async () => {
    const [noor, , mira] = await exportedRows();
    expect([noor.Status, noor.Verdict, noor.Score]).toEqual(['Shortlisted', 'Strong', '86']);
    const pass = parse(
      candidatesToCsv([{ ...EXAMPLE_RECORD_V3, status: 'rejected', sources: [{ ...EXAMPLE_RECORD_V3.sources[0], verdict: 'pass', score: 30 }] }]),
    )[0];
    expect([pass.Status, pass.Verdict]).toEqual(['Rejected', 'Not a fit']);
    expect([mira.Status, mira.Verdict]).toEqual(['New', 'Not enough evidence']);
  });

  it('leaves the score empty when the verdict is "not enough evidence": there was nothing to score', async () => {
    const [, , mira] = await exportedRows();
    expect(mira.Score).toBe('');
  });

  it('writes the flags and reasons of the best source', () => {
    const [row] = parse(candidatesToCsv([EXAMPLE_RECORD_V3], { 'linkedin:grace-example': EXAMPLE_SNAPSHOT_V2 }));
    expect(row).toMatchObject({
      Verdict: 'Strong',
      Score: '81',
      Role: 'ml-engineer',
      Tools: 'PyTorch, Docker',
      'Top Reasons': 'Quantified serving latency.',
      Source: 'LinkedIn, GitHub',
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
    expect(row['First Name']).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row.Headline).toBe("'+cmd|calc");
    expect(row.Note).toBe("'@SUM(1)");
    expect(row.Tags).toBe("'-1");
  });

  it('writes only the header for no candidates', () => {
    expect(candidatesToCsv([])).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });
});
