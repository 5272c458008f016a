import type { Block, CandidateDocument, Section, SectionKind } from '../../model/candidate-document';
import { dateRangeOfEnds, periodEnds } from '../../knowledge/dates/date-range';
import { NotEnoughTextError } from '../not-enough-text-error';
import { parseJsonLeniently } from './parse-json-leniently';
import { sectionKindOfKey } from './section-kind-of-key';

type Json = Record<string, unknown>;

const TITLE_KEYS = ['position', 'title', 'role', 'label', 'studyType', 'degree', 'subtitle'];
const ORG_KEYS = ['company', 'organization', 'organisation', 'employer', 'institution', 'awarder', 'issuer', 'publisher', 'name'];
const TEXT_KEYS = [
  'summary',
  'description',
  'highlights',
  'achievements',
  'responsibilities',
  'bullets',
  'details',
  'area',
  'paragraphs',
  'courses',
  'content',
  'text',
];
const SKILL_LIST_KEYS = ['keywords', 'tags', 'technologies', 'tech', 'techStack', 'items', 'skills', 'tools', 'stack'];
const IGNORED_KEYS = new Set([
  'image',
  'picture',
  'logo',
  'icon',
  'email',
  'phone',
  'highlight',
  'score',
  'gpa',
  'handle',
  'meta',
  '$schema',
  'id',
  'username',
  'network',
  'flags',
  'level',
  'fluency',
]);
const LINK_KEYS = new Set(['url', 'website', 'href', 'link']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const firstString = (o: Json, keys: string[]): string | undefined => keys.map((k) => str(o[k])).find(Boolean);

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (isObject(value))
    return Object.entries(value)
      .filter(([k]) => !IGNORED_KEYS.has(k) && !LINK_KEYS.has(k))
      .flatMap(([, v]) => stringsOf(v));
  return [];
}

function collectLinks(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectLinks(v, into));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      if (LINK_KEYS.has(k) && typeof v === 'string' && /^https?:\/\//.test(v)) into.add(v);
      else collectLinks(v, into);
    }
}

class BlockIds {
  private n = 0;
  next(kind: SectionKind): string {
    return `${kind}-${this.n++}`;
  }
}

function locationText(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (isObject(value)) return [value.city, value.region, value.countryCode].map(str).filter(Boolean).join(', ') || undefined;
  return undefined;
}

/** One entry of a section (a job, a degree, a project) becomes one block, or several when it nests positions. */
function blocksOfEntry(entry: unknown, kind: SectionKind, ids: BlockIds, inheritedOrg?: string): Block[] {
  if (typeof entry === 'string') return entry.trim() ? [{ id: ids.next(kind), text: entry.trim() }] : [];
  if (!isObject(entry)) return [];
  if (kind === 'skills') {
    const name = firstString(entry, ['name', 'category', 'label', 'title']);
    const items = SKILL_LIST_KEYS.flatMap((k) => stringsOf(entry[k]));
    const text = items.length ? `${name ? `${name}: ` : ''}${items.join(', ')}` : (name ?? '');
    return text ? [{ id: ids.next(kind), text }] : [];
  }
  const nested = Object.values(entry).find((v) => Array.isArray(v) && v.length > 0 && v.every(isObject) && v.some((p) => TITLE_KEYS.some((k) => str(p[k]))));
  const org = firstString(entry, kind === 'experience' || kind === 'volunteering' ? ['company', 'organization', 'employer', 'name'] : ORG_KEYS) ?? inheritedOrg;
  if (Array.isArray(nested)) {
    const own = TEXT_KEYS.flatMap((k) => stringsOf(entry[k]));
    const head: Block[] = own.length ? [{ id: ids.next(kind), text: own.join('\n'), org }] : [];
    return [...head, ...nested.flatMap((p) => blocksOfEntry(p, kind, ids, org))];
  }
  let title = firstString(entry, TITLE_KEYS);
  if (!title && kind !== 'experience' && kind !== 'volunteering') title = str(entry.name);
  const lines = TEXT_KEYS.flatMap((k) => stringsOf(entry[k]));
  const skills = SKILL_LIST_KEYS.flatMap((k) => stringsOf(entry[k]));
  const text = [title && kind !== 'experience' ? title : undefined, ...lines, skills.length ? `Technologies: ${skills.join(', ')}` : undefined]
    .filter(Boolean)
    .join('\n');
  const period = str(entry.period) ?? str(entry.dates) ?? str(entry.date) ?? str(entry.releaseDate);
  const [periodStart, periodEnd] = period ? periodEnds(period) : [];
  const dates = dateRangeOfEnds(str(entry.startDate) ?? periodStart, str(entry.endDate) ?? periodEnd);
  if (!text && !title) return [];
  return [
    {
      id: ids.next(kind),
      text: text || title || '',
      title,
      org: org !== title ? org : undefined,
      location: locationText(entry.location),
      dates,
      url: str(entry.url) ?? str(entry.website) ?? str(entry.link),
      skills: skills.length ? skills : undefined,
    },
  ];
}

function sectionOf(key: string, value: unknown, ids: BlockIds): Section | undefined {
  const kind = sectionKindOfKey(key);
  const entries = Array.isArray(value) ? value : isObject(value) ? [value] : typeof value === 'string' ? [value] : [];
  const blocks = entries.flatMap((e) => blocksOfEntry(e, kind, ids));
  return blocks.length ? { kind, heading: key, blocks } : undefined;
}

const PERSON_KEYS = new Set([
  'basics',
  'name',
  'surname',
  'firstName',
  'lastName',
  'label',
  'title',
  'tagline',
  'headline',
  'location',
  'socials',
  'profiles',
  'email',
  'phone',
  'picture',
  'image',
  'url',
  'website',
  'yearsExperience',
  'yearsInAI',
  'flags',
  'meta',
  '$schema',
]);

/** Reads a JSON Resume (jsonresume.org) and the common variants people publish beside it. */
export function readJsonResume(value: unknown, options: { url?: string; now?: Date } = {}): CandidateDocument {
  if (!isObject(value)) throw new NotEnoughTextError('This JSON file is not a resume: expected an object with "basics", "work" or similar fields.');
  const basics = isObject(value.basics) ? value.basics : value;
  const ids = new BlockIds();
  const name =
    str(basics.name) && str(basics.surname)
      ? `${str(basics.name)} ${str(basics.surname)}`
      : (str(basics.name) ?? ([str(basics.firstName), str(basics.lastName)].filter(Boolean).join(' ') || undefined));
  const links = new Set<string>();
  collectLinks([basics.profiles, basics.socials, basics.url, basics.website, value.socials], links);
  for (const k of ['url', 'website']) if (typeof basics[k] === 'string' && /^https?:/.test(basics[k] as string)) links.add(basics[k] as string);

  const sections: Section[] = [];
  const summaryTexts = ['summary', 'about', 'bio', 'objective'].flatMap((k) => stringsOf(basics[k]));
  if (summaryTexts.length) sections.push({ kind: 'summary', heading: 'Summary', blocks: summaryTexts.map((text) => ({ id: ids.next('summary'), text })) });
  for (const [key, v] of Object.entries(value)) {
    if (PERSON_KEYS.has(key) || ['summary', 'about', 'bio', 'objective'].includes(key)) continue;
    const section = sectionOf(key, v, ids);
    if (section) sections.push(section);
  }
  const headline = str(basics.label) ?? str(basics.title) ?? str(basics.headline) ?? str(basics.tagline);
  if (basics !== value) {
    for (const key of ['summary', 'about', 'bio', 'objective']) {
      const extra = stringsOf(value[key]);
      if (extra.length) sections.push({ kind: 'summary', heading: key, blocks: extra.map((text) => ({ id: ids.next('summary'), text })) });
    }
  }

  return {
    source: 'jsonresume',
    url: options.url,
    capturedAt: (options.now ?? new Date()).toISOString(),
    person: { name, headline, location: locationText(basics.location), links: [...links] },
    sections,
    incomplete: [],
    warnings: [],
  };
}

/** Parses and reads a JSON Resume file's text; comments and trailing commas are forgiven with a warning. */
export function readJsonResumeText(text: string, options: { url?: string; now?: Date } = {}): CandidateDocument {
  const { value, lenient } = parseJsonLeniently(text);
  const document = readJsonResume(value, options);
  if (lenient) document.warnings.push('The file is not strict JSON (trailing commas or comments); it was read leniently.');
  return document;
}
