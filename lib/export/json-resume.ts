import { formatPoint } from '../knowledge/dates/date-point';
import type { RangeEnd } from '../model/candidate-document';
import { parseIdentityKey, profileUrlOf } from '../storage/candidate-identity';
import type { CandidateRecord, ScreeningSnapshot } from '../storage/candidate-record';
import type { SavedBlock } from '../storage/saved-document';
import { documentsOf, emailOf, fullestSection, locationOf, phoneOf } from './candidate-documents';

/** The JSON Resume sections Shipcheck fills (jsonresume.org schema 1.x); every field optional there. */
export interface JsonResume {
  basics: {
    name?: string;
    label?: string;
    email?: string;
    phone?: string;
    url?: string;
    summary?: string;
    location?: { address: string };
    profiles: Array<{ network: string; username?: string; url?: string }>;
  };
  work?: Array<{ name?: string; position?: string; location?: string; url?: string; startDate?: string; endDate?: string; summary?: string }>;
  education?: Array<{ institution?: string; studyType?: string; url?: string; startDate?: string; endDate?: string; courses?: string[] }>;
  skills?: Array<{ name: string; keywords?: string[] }>;
  projects?: Array<{ name: string; description?: string; url?: string; keywords?: string[]; startDate?: string; endDate?: string }>;
}

const NETWORK_NAMES: Record<string, string> = { linkedin: 'LinkedIn', github: 'GitHub' };

/** JSON Resume's date: a year or a month ("2021", "2021-03"); "present" is written by leaving the end out. */
function isoDate(point: RangeEnd | undefined): string | undefined {
  return point && point !== 'present' ? formatPoint(point) : undefined;
}

/** Only absolute addresses: the schema's `uri` format refuses "github.com/x". */
function absoluteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Leaves out keys whose value is undefined or an empty list, so the file says only what is known. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

function datesOf(block: SavedBlock) {
  return { startDate: isoDate(block.dates?.start), endDate: isoDate(block.dates?.end) };
}

function profilesOf(record: CandidateRecord) {
  return record.identities.flatMap((key) => {
    const identity = parseIdentityKey(key);
    if (!identity || !NETWORK_NAMES[identity.kind]) return [];
    const url = absoluteUrl(record.sources.find((source) => source.identity === key)?.url) ?? profileUrlOf(identity);
    return [compact({ network: NETWORK_NAMES[identity.kind], username: identity.id, url })];
  });
}

// "Languages: Python, Go" names a group; a bare list or a single skill has no group name.
function skillOf(block: SavedBlock): { name: string; keywords?: string[] } | undefined {
  const text = block.title ?? block.text;
  const [head, ...rest] = text.split(':');
  const list = (rest.length ? rest.join(':') : head)
    .split(/\s*[,;•·|]\s*/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (rest.length && head.trim()) return compact({ name: head.trim(), keywords: list });
  if (list.length > 1) return { name: 'Skills', keywords: list };
  return list[0] ? { name: list[0] } : undefined;
}

/**
 * The candidate as a JSON Resume: `basics` from the record, `work`, `education`, `skills` and `projects`
 * from the documents saved with its sources (each section from the source that lists most of it).
 * Candidates saved before documents were kept get `basics` only.
 */
export function jsonResumeOf(record: CandidateRecord, snapshots: Record<string, ScreeningSnapshot>): JsonResume {
  const documents = documentsOf(record, snapshots);
  const profiles = profilesOf(record);
  const summary = fullestSection(documents, 'summary')
    .map((block) => block.text)
    .join('\n\n');
  const location = locationOf(documents);
  const basics = compact({
    name: record.name,
    label: record.headline,
    email: emailOf(documents),
    phone: phoneOf(documents),
    url: profiles[0]?.url,
    summary: summary || undefined,
    location: location ? { address: location } : undefined,
    profiles,
  });
  const work = fullestSection(documents, 'experience').map((block) =>
    compact({ name: block.org, position: block.title, location: block.location, url: absoluteUrl(block.url), ...datesOf(block), summary: block.text }),
  );
  const education = fullestSection(documents, 'education').map((block) =>
    compact({ institution: block.org ?? block.title, studyType: block.org ? block.title : undefined, url: absoluteUrl(block.url), ...datesOf(block) }),
  );
  const skills = fullestSection(documents, 'skills').flatMap((block) => skillOf(block) ?? []);
  const projects = fullestSection(documents, 'projects').map((block) => {
    const [firstLine, ...rest] = block.text.split('\n');
    const name = block.title ?? firstLine;
    // Readers often print the name as the block's first line; the description need not say it twice.
    const description = firstLine.trim() === name ? rest.join('\n').trim() : block.text;
    return compact({ name, description: description || undefined, url: absoluteUrl(block.url), keywords: block.skills, ...datesOf(block) });
  });
  return compact({ basics: { ...basics, profiles }, work, education, skills, projects });
}
