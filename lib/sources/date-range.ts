import type { DateRange } from '../model/candidate-document';

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** Normalises one end of a range ("Mar 2021", "2021-03-15", "03/2021", "2021", "Present") to "YYYY[-MM]" or "present". */
export function normalizeDate(raw: string): string | undefined {
  const text = raw.trim().toLowerCase();
  if (/^(present|now|current|currently|today|ongoing|heute|actualidad|настоящее время|по настоящее время)$/.test(text)) return 'present';
  let m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}`;
  m = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return `${m[2]}-${m[1].padStart(2, '0')}`;
  m = /^([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[1]]) return `${m[2]}-${MONTHS[m[1]]}`;
  m = /^(\d{4})$/.exec(text);
  if (m) return m[1];
  return undefined;
}

/** Builds a DateRange from two printed ends, keeping the raw text for display. */
export function dateRangeOf(startRaw?: string, endRaw?: string): DateRange | undefined {
  const start = startRaw?.trim() || undefined;
  const end = endRaw?.trim() || undefined;
  if (!start && !end) return undefined;
  return {
    raw: [start, end ?? (start ? 'Present' : undefined)].filter(Boolean).join(' – '),
    start: start ? normalizeDate(start) : undefined,
    end: end ? normalizeDate(end) : start ? 'present' : undefined,
  };
}

const RANGE = /((?:[A-Za-z]{3,9}\.?\s+)?\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{1,2}[/.]\d{4})\s*(?:-|–|—|to|until|bis)\s*((?:[A-Za-z]{3,9}\.?\s+)?\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{1,2}[/.]\d{4}|[Pp]resent|[Nn]ow|[Cc]urrent(?:ly)?|[Tt]oday)/;

/** Finds the first date range printed in a line ("Jan 2020 – Present", "2018-2021"). */
export function findDateRange(line: string): { range: DateRange; index: number; length: number } | undefined {
  const m = RANGE.exec(line.length > 400 ? line.slice(0, 400) : line);
  if (!m) return undefined;
  const range = dateRangeOf(m[1], m[2]);
  return range ? { range: { ...range, raw: m[0] }, index: m.index, length: m[0].length } : undefined;
}
