import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Block, CandidateDocument, Section } from '../../model/candidate-document';
import { combineLinkedInPages } from './combine-linkedin-pages';
import { readLinkedInPage } from './read-linkedin-page';
import { firstDateRange } from '../../knowledge/dates/date-range';

// An invented member, Mirela Ostrowska, as her profile and her "Show all" pages would read.
const PROFILE_URL = 'https://www.linkedin.com/in/mirela-ostrowska/';
const EXPERIENCE_URL = `${PROFILE_URL}details/experience/`;
const SKILLS_URL = `${PROFILE_URL}details/skills/`;

function role(id: string, title: string, org: string, start: string, text: string): Block {
  return { id, title, org, dates: firstDateRange(`${start} - Present`)?.range, text };
}

function page(url: string, sections: Section[], extra: Partial<CandidateDocument> = {}): CandidateDocument {
  return {
    source: 'linkedin',
    url,
    capturedAt: '2026-03-01T10:00:00.000Z',
    identity: { kind: 'linkedin', id: 'mirela-ostrowska' },
    person: { name: 'Mirela Ostrowska', links: [PROFILE_URL] },
    sections,
    incomplete: [],
    warnings: [],
    ...extra,
  };
}

const profile = page(
  PROFILE_URL,
  [
    { kind: 'summary', heading: 'About', blocks: [{ id: 'linkedin-summary-0', text: 'I ship ranking models.' }] },
    {
      kind: 'experience',
      heading: 'Experience',
      blocks: [
        role('linkedin-experience-0', 'ML Engineer', 'Quarry Labs', '2023-02', 'Serve a ranking model behind FastAPI…'),
        role('linkedin-experience-1', 'Data Scientist', 'Ferrow', '2020-01', 'Built churn models.'),
      ],
    },
    { kind: 'skills', heading: 'Skills', blocks: [{ id: 'linkedin-skills-0', text: 'PyTorch' }] },
  ],
  {
    person: { name: 'Mirela Ostrowska', headline: 'ML Engineer at Quarry Labs', links: [PROFILE_URL] },
    incomplete: [
      { section: 'experience', message: '2 of 3 experience entries shown on the profile', seeAllUrl: EXPERIENCE_URL },
      { section: 'skills', message: '1 of 12 skills entries shown on the profile', seeAllUrl: SKILLS_URL },
    ],
  },
);

const experiencePage = page(
  EXPERIENCE_URL,
  [
    {
      kind: 'experience',
      heading: 'Experience',
      blocks: [
        role('linkedin-experience-0', 'ML Engineer', 'Quarry Labs', '2023-02', 'Serve a ranking model behind FastAPI on Kubernetes at 3k requests/s.'),
        role('linkedin-experience-1', 'Data Scientist', 'Ferrow', '2020-01', 'Built churn models.'),
        role('linkedin-experience-2', 'Analyst', 'Tallow Bank', '2018-05', 'Wrote SQL reports in Airflow.'),
      ],
    },
  ],
  { capturedAt: '2026-03-01T10:05:00.000Z' },
);

const texts = (document: CandidateDocument | undefined, kind: string) =>
  document?.sections.filter((s) => s.kind === kind).flatMap((s) => s.blocks.map((b) => b.text));

describe('combineLinkedInPages', () => {
  it('adds the entries only the details page lists, and keeps the headline, About and skills of the profile', () => {
    const combined = combineLinkedInPages([profile, experiencePage]);
    expect(texts(combined, 'experience')).toEqual([
      'Serve a ranking model behind FastAPI on Kubernetes at 3k requests/s.',
      'Built churn models.',
      'Wrote SQL reports in Airflow.',
    ]);
    expect(texts(combined, 'summary')).toEqual(['I ship ranking models.']);
    expect(texts(combined, 'skills')).toEqual(['PyTorch']);
    expect(combined?.person.headline).toBe('ML Engineer at Quarry Labs');
    expect(combined?.url).toBe(PROFILE_URL);
    expect(combined?.capturedAt).toBe('2026-03-01T10:05:00.000Z');
  });

  it('gives every block one id, even where both pages numbered theirs from 0', () => {
    const ids = combineLinkedInPages([profile, experiencePage])!.sections.flatMap((s) => s.blocks.map((b) => b.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same whichever page was read first', () => {
    expect(combineLinkedInPages([experiencePage, profile])).toEqual(combineLinkedInPages([profile, experiencePage]));
  });

  it('drops the "Show all" note of the section its details page listed, and keeps the others', () => {
    const notes = combineLinkedInPages([profile, experiencePage])!.incomplete.map((note) => note.section);
    expect(notes).toEqual(['skills']);
    expect(combineLinkedInPages([profile])!.incomplete.map((note) => note.section)).toEqual(['experience', 'skills']);
  });

  it("keeps a details page's own notes (a description cut there too)", () => {
    const cut = { section: 'experience' as const, message: 'The description of "Analyst" is cut short on the page' };
    const combined = combineLinkedInPages([profile, { ...experiencePage, incomplete: [cut] }]);
    expect(combined?.incomplete).toContainEqual(cut);
  });

  it('says to open the profile when only a details page was read', () => {
    const combined = combineLinkedInPages([experiencePage]);
    expect(combined?.url).toBe(EXPERIENCE_URL);
    expect(combined?.incomplete).toEqual([expect.objectContaining({ seeAllUrl: PROFILE_URL })]);
  });

  it('says to open the experience page when the profile showed only its top card', () => {
    const bare = page(PROFILE_URL, [], { person: { name: 'Mirela Ostrowska', headline: 'ML Engineer', links: [] } });
    expect(combineLinkedInPages([bare])?.incomplete).toEqual([expect.objectContaining({ section: 'experience', seeAllUrl: EXPERIENCE_URL })]);
    expect(combineLinkedInPages([bare, experiencePage])?.incomplete).toEqual([]);
  });

  it('merges two details pages into the profile, each into its own section', () => {
    const skillsPage = page(SKILLS_URL, [
      {
        kind: 'skills',
        heading: 'Skills',
        blocks: [
          { id: 'linkedin-skills-0', text: 'PyTorch' },
          { id: 'linkedin-skills-1', text: 'Kubernetes' },
        ],
      },
    ]);
    const combined = combineLinkedInPages([skillsPage, profile, experiencePage]);
    expect(texts(combined, 'skills')).toEqual(['PyTorch', 'Kubernetes']);
    expect(texts(combined, 'experience')).toHaveLength(3);
    expect(combined?.incomplete).toEqual([]);
  });

  it('reads nothing from no pages', () => {
    expect(combineLinkedInPages([])).toBeUndefined();
  });

  it('reads the committed profile fixture and its experience page as one person with every role', () => {
    const read = (file: string, url: string) => {
      const html = readFileSync(new URL(`../../../tests/fixtures/linkedin/${file}`, import.meta.url), 'utf8');
      return readLinkedInPage(parseHTML(html).document as unknown as Document, url);
    };
    const ada = 'https://www.linkedin.com/in/ada-kowalczyk-ml/';
    const onProfile = read('ml-engineer-profile.html', ada);
    const combined = combineLinkedInPages([onProfile, read('details-experience.html', `${ada}details/experience/`)]);
    expect(texts(onProfile, 'experience')).toHaveLength(4);
    expect(texts(combined, 'experience')).toHaveLength(6);
    expect(combined?.person.headline).toBe(onProfile.person.headline);
    expect(combined?.incomplete.some((note) => /of 6 experience entries/.test(note.message))).toBe(false);
  });
});
