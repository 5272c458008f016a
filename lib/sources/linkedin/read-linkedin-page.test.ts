import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CandidateDocument, type Block } from '../../model/candidate-document';
import { readLinkedInPage } from './read-linkedin-page';
import { short } from '../../../tests/fixtures/short-dates';

const NOW = new Date('2025-01-15T10:00:00Z');
const ADA = 'https://www.linkedin.com/in/ada-kowalczyk-ml/';

function page(name: string): Document {
  const html = readFileSync(new URL(`../../../tests/fixtures/linkedin/${name}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

function roles(doc: CandidateDocument): Block[] {
  return doc.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.blocks);
}

function allText(doc: CandidateDocument): string {
  return JSON.stringify({ person: doc.person, sections: doc.sections });
}

const ADA_ROLES = [
  ['Senior Machine Learning Engineer', 'Northwind Logistics', 'Full-time', '2022-09', 'present', 'Berlin, Germany · Hybrid'],
  ['Machine Learning Engineer', 'Northwind Logistics', 'Full-time', '2020-10', '2022-08', 'Berlin, Germany'],
  ['Data Scientist', 'Fjordline Analytics', 'Full-time', '2018-01', '2020-09', 'Oslo, Norway'],
  ['Machine Learning Research Intern', 'Helix Robotics', 'Internship', '2017-06', '2017-12', 'Kraków, Małopolskie, Poland'],
];

const shape = (b: Block) => [b.title, b.org, b.employmentType, short(b.dates?.start), short(b.dates?.end), b.location];

describe('readLinkedInPage on a 2024 profile', () => {
  const doc = readLinkedInPage(page('ml-engineer-profile.html'), ADA, NOW);

  it('produces a valid CandidateDocument for the slug in the URL', () => {
    expect(CandidateDocument.safeParse(doc).success).toBe(true);
    expect(doc.source).toBe('linkedin');
    expect(doc.identity).toEqual({ kind: 'linkedin', id: 'ada-kowalczyk-ml' });
    expect(doc.capturedAt).toBe(NOW.toISOString());
  });

  it('reads name, headline and location from the top card, once each', () => {
    expect(doc.person.name).toBe('Ada Kowalczyk');
    expect(doc.person.headline).toBe('Senior Machine Learning Engineer at Northwind Logistics | MLOps · model serving · forecasting');
    expect(doc.person.location).toBe('Berlin, Berlin, Germany');
  });

  it('reads every visible role with title, company, type, dates and location, grouped roles included', () => {
    expect(roles(doc).map(shape)).toEqual(ADA_ROLES);
    expect(roles(doc)[0].dates?.raw).toBe('Sep 2022 - Present · 2 yrs 4 mos');
  });

  it('keeps one copy of each doubled string', () => {
    const first = roles(doc)[0];
    expect(first.text.split('Own the demand-forecasting platform').length).toBe(2);
    expect(first.text).toContain('cut p99 latency from 180 ms to 45 ms');
    expect(first.text.split('\n').length).toBe(4);
    expect(doc.sections.find((s) => s.kind === 'summary')?.blocks[0].text.split('ML engineer who ships').length).toBe(2);
  });

  it('attaches per-role skill hints and skills-card links to the roles', () => {
    expect(roles(doc)[0].skills).toEqual(['PyTorch', 'Kubernetes']);
    expect(roles(doc)[1].skills).toEqual(['MLflow', 'Amazon SageMaker']);
    expect(roles(doc)[3].skills).toBeUndefined();
  });

  it('reads about, education, certifications, projects and skills', () => {
    const kinds = Object.fromEntries(doc.sections.map((s) => [s.kind, s.blocks]));
    expect(kinds.summary[0].text).toContain('Tools I reach for: Python, PyTorch');
    expect(kinds.education.map((b: Block) => [b.org, b.title, short(b.dates?.start), short(b.dates?.end)])).toEqual([
      ['AGH University of Science and Technology', "Master's degree, Computer Science (Machine Learning)", '2015', '2017'],
      ['Jagiellonian University', "Bachelor's degree, Applied Mathematics", '2012', '2015'],
    ]);
    expect(kinds.certifications.map((b: Block) => [b.title, b.org, short(b.dates?.start)])).toEqual([
      ['AWS Certified Machine Learning – Specialty', 'Amazon Web Services (AWS)', '2023-03'],
      ['Certified Kubernetes Application Developer (CKAD)', 'The Linux Foundation', '2021-11'],
    ]);
    expect(kinds.projects[0]).toMatchObject({ title: 'Open-source feature store adapter', org: 'Northwind Logistics' });
    expect(kinds.skills.map((b: Block) => b.text)).toEqual(['PyTorch', 'Kubernetes', 'MLflow']);
  });

  it('reports the truncated experience and skills cards and the cut description, with the details pages', () => {
    expect(doc.incomplete).toEqual([
      {
        section: 'experience',
        message: '3 of 6 experience entries shown on the profile; the rest are on its details page',
        seeAllUrl: `${ADA}details/experience/`,
      },
      { section: 'skills', message: '3 of 27 skills entries shown on the profile; the rest are on its details page', seeAllUrl: `${ADA}details/skills/` },
      {
        section: 'experience',
        message: 'The description of "Machine Learning Engineer" is cut short on the page ("…see more")',
        seeAllUrl: `${ADA}details/experience/`,
      },
    ]);
  });

  it('never reads the embedded JSON of another person, the viewer, the nav bar or similar profiles', () => {
    for (const foreign of ['Marcus', 'Hypefunnel', 'viral loops', 'Robin Vale', 'Brightpath', 'Lena Moritz', 'Omar Haddad', '10 billion embeddings']) {
      expect(allText(doc)).not.toContain(foreign);
    }
  });
});

describe('readLinkedInPage identity checks', () => {
  it('reads nothing when the profile on screen is not the one in the URL (stale SPA page)', () => {
    const doc = readLinkedInPage(page('ml-engineer-profile.html'), 'https://www.linkedin.com/in/jonas-brandt-data/', NOW);
    expect(doc.identity).toEqual({ kind: 'linkedin', id: 'jonas-brandt-data' });
    expect(doc.sections).toEqual([]);
    expect(doc.person.name).toBeUndefined();
    expect(doc.warnings[0]).toContain('ada-kowalczyk-ml');
    expect(doc.incomplete[0].message).toContain('/in/jonas-brandt-data/');
  });

  it('reads the second profile as itself although its embedded JSON describes the first', () => {
    const doc = readLinkedInPage(page('second-profile.html'), 'https://www.linkedin.com/in/Jonas-Brandt-Data?trk=nav', NOW);
    expect(doc.identity?.id).toBe('jonas-brandt-data');
    expect(doc.person.name).toBe('Jonas Brandt');
    expect(roles(doc).map((b) => b.title)).toEqual(['AI Innovation Lead', 'Data Scientist', 'Business Analyst']);
    expect(allText(doc)).not.toContain('Northwind');
    expect(doc.incomplete).toEqual([]);
  });
});

describe('readLinkedInPage when the markup changes', () => {
  const original = roles(readLinkedInPage(page('ml-engineer-profile.html'), ADA, NOW)).map(shape);

  it('finds the same entries when every class name is different', () => {
    const doc = readLinkedInPage(page('renamed-classes-profile.html'), ADA, NOW);
    expect(roles(doc).map(shape)).toEqual(original);
    expect(doc.person.name).toBe('Ada Kowalczyk');
    expect(doc.incomplete.map((i) => i.section)).toEqual(['experience', 'skills', 'experience']);
  });

  it('falls back to heading text over main when sections, anchors, data-view-name and aria hooks are gone', () => {
    const document = page('renamed-classes-profile.html');
    for (const el of Array.from(document.querySelectorAll('section, h2'))) {
      const div = document.createElement('div');
      while (el.firstChild) div.appendChild(el.firstChild);
      el.replaceWith(div);
    }
    for (const el of Array.from(document.querySelectorAll('*'))) for (const a of ['id', 'data-view-name', 'aria-hidden']) el.removeAttribute(a);
    const doc = readLinkedInPage(document, ADA, NOW);
    expect(roles(doc).map(shape)).toEqual(original);
    expect(roles(doc)[0].skills).toEqual(['PyTorch', 'Kubernetes']);
    expect(doc.person.headline).toContain('Senior Machine Learning Engineer');
    expect(doc.incomplete[0]).toMatchObject({ section: 'experience', seeAllUrl: `${ADA}details/experience/` });
  });
});

describe('readLinkedInPage on other layouts', () => {
  it('reads every role of a /details/experience/ page and reports no truncated card', () => {
    const doc = readLinkedInPage(page('details-experience.html'), `${ADA}details/experience/`, NOW);
    expect(doc.person.name).toBe('Ada Kowalczyk');
    expect(roles(doc).map((b) => [b.title, b.org])).toEqual([
      ...ADA_ROLES.map(([title, org]) => [title, org]),
      ['Software Engineer', 'Tallinn Code Works'],
      ['Teaching Assistant, Machine Learning', 'AGH University of Science and Technology'],
    ]);
    expect(doc.incomplete.filter((i) => i.message.includes('of 6'))).toEqual([]);
  });

  it('reads the 2021 classic layout without taking its screen-reader labels for values', () => {
    const doc = readLinkedInPage(page('classic-2021-experience.html'), 'https://www.linkedin.com/in/lukas-moreau-mle/', NOW);
    expect(doc.person).toMatchObject({ name: 'Lukas Moreau', location: 'Lyon, Auvergne-Rhône-Alpes, France' });
    expect(roles(doc).map(shape)).toEqual([
      ['Machine Learning Engineer', 'Parcelio', 'Full-time', '2019-04', 'present', 'Lyon Area, France'],
      ['Data Scientist', 'Datacanal', 'Full-time', '2017-06', '2019-03', 'Paris, France'],
      ['Data Analyst', 'Datacanal', 'Internship', '2016-02', '2017-05', undefined],
    ]);
    expect(roles(doc)[0].text).toContain('the new ranker raised click-through rate by 11%.');
    expect(allText(doc)).not.toMatch(/Company Name|Dates Employed|Employment Duration|see more/);
    expect(doc.sections.find((s) => s.kind === 'skills')?.blocks.map((b) => b.text)).toEqual(['TensorFlow', 'Kubeflow', 'Recommender Systems']);
    expect(doc.incomplete).toEqual([
      {
        section: 'experience',
        message: '2 of 4 experience entries shown on the profile; the rest are on its details page',
        seeAllUrl: 'https://www.linkedin.com/in/lukas-moreau-mle/details/experience/',
      },
    ]);
  });

  it('keeps markup and script found in the text of a hostile profile as inert plain text', () => {
    const doc = readLinkedInPage(page('malicious-profile.html'), 'https://www.linkedin.com/in/eve-mallory-test/', NOW);
    expect(doc.person.name).toBe('Eve <img src=x onerror=alert(1)> Mallory');
    expect(doc.person.headline).toBe('<script>alert("headline")</script> ML Engineer "><svg onload=alert(2)> | PyTorch');
    expect(roles(doc)[0]).toMatchObject({ title: 'ML Engineer <b onmouseover=alert(3)>bold</b>', org: 'Acme </span></div><script>alert(4)</script> Labs' });
    expect(roles(doc)[0].text).toContain('Docker <script>document.body.innerHTML="pwned"</script> and reduced latency by 30%.');
    expect(roles(doc)[1].text.length).toBeGreaterThan(4000);
    expect(CandidateDocument.safeParse(doc).success).toBe(true);
  });

  it('says so when a page holds no profile', () => {
    const { document } = parseHTML('<html><body><main><p>Sign in to see this profile</p></main></body></html>');
    const doc = readLinkedInPage(document as unknown as Document, 'https://www.linkedin.com/in/someone/', NOW);
    expect(doc.sections).toEqual([]);
    expect(doc.warnings).toEqual(['no profile sections found on this page']);
  });
});

describe('readLinkedInPage counts and reads as the page shows them', () => {
  const MIRA = 'https://www.linkedin.com/in/mira-castellanos-data/';
  const doc = readLinkedInPage(page('grouped-roles-first-degree.html'), MIRA, NOW);

  it('takes the headline from its own block, not the connection degree printed in two unspaced spans', () => {
    expect(doc.person.headline).toBe('Head of Data Insights at Quillon Freight | Analytics strategy · Stakeholder management');
    expect(allText(doc)).not.toContain('degree connection');
  });

  it('counts shown experiences as LinkedIn does, one per company: 3 companies of 4, though 5 roles are read', () => {
    expect(roles(doc)).toHaveLength(5);
    expect(doc.incomplete).toEqual([
      {
        section: 'experience',
        message: '3 of 4 experience entries shown on the profile; the rest are on its details page',
        seeAllUrl: `${MIRA}details/experience/`,
      },
    ]);
  });

  it('never says more entries are shown than the page announces', () => {
    for (const item of readLinkedInPage(page('grouped-roles-first-degree.html'), MIRA, NOW).incomplete) {
      const counted = /^(\d+) of (\d+)/.exec(item.message);
      if (counted) expect(Number(counted[1])).toBeLessThan(Number(counted[2]));
    }
  });
});
