import { buildPhraseLexicon, type PhraseLexicon } from '../../text/phrase-lexicon';

export interface VagueEntry {
  /** Canonical phrase shown to the user. */
  phrase: string;
  /** 1 for a duty with no outcome ("responsible for"), lower for phrases that often precede specifics. */
  strength: number;
  /** Not vague before a named project ("contributed to PyTorch" names what was done). */
  unlessNamed?: boolean;
}

type Row = readonly [string, VagueEntry];

function rows(phrase: string, variants: string[], strength = 1, unlessNamed = false): Row[] {
  return variants.map((v) => [v, { phrase, strength, unlessNamed }] as const);
}

const ROWS: Row[] = [
  ...rows('worked on machine learning', [
    'worked on machine learning',
    'working on machine learning',
    'worked on ml',
    'worked on ai',
    'worked on deep learning',
    'worked on data science',
    'worked on various',
    'worked on a variety of',
    'worked on different',
    'worked on multiple',
    'worked on several',
    'worked on machine learning algorithms',
    'worked on projects',
  ]),
  ...rows('worked on', ['worked on', 'working on', 'work on'], 0.6),
  ...rows('responsible for', [
    'responsible for',
    'responsibilities included',
    'responsibilities include',
    'primary responsibilities',
    'main responsibilities',
    'key responsibilities',
  ]),
  ...rows('duties included', ['duties included', 'duties include', 'my duties', 'tasked with', 'in charge of']),
  ...rows('involved in', ['involved in', 'was involved', 'involved with', 'involvement in']),
  ...rows('helped with', ['helped with', 'helped in', 'helped to', 'helping with', 'helping to', 'helped the team']),
  ...rows('assisted in', [
    'assisted in',
    'assisted with',
    'assisting in',
    'assisting with',
    'assisted the team',
    'provided assistance',
    'provided support',
    'supported the team',
  ]),
  ...rows('participated in', ['participated in', 'participating in', 'took part in', 'part of the team', 'member of the team']),
  ...rows('exposure to', [
    'exposure to',
    'exposed to',
    'gained exposure',
    'gained experience',
    'gained hands on experience',
    'acquired knowledge',
    'gained knowledge',
    'thorough understanding',
    'understood',
    'got familiar',
    'became familiar',
    'familiarized',
  ]),
  ...rows('various projects', [
    'various projects',
    'various tasks',
    'various initiatives',
    'a variety of projects',
    'a variety of tasks',
    'multiple projects',
    'several projects',
    'different projects',
    'various technologies',
    'various tools',
  ]),
  ...rows('contributed to', ['contributed to', 'contributing to', 'contributions to'], 0.5, true),
];

export const VAGUE_LEXICON: PhraseLexicon<VagueEntry> = buildPhraseLexicon(ROWS);
