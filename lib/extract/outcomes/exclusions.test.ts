import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../model/candidate-document';
import { EXCLUSION_RULES, exclusionOf } from './exclusions';
import { candidateFor } from './test-support';

type Case = [sentence: string, token: string, section?: SectionKind];

/** Each rule: a sentence where it must fire on the token, and one where it must not. */
const CASES: Record<string, { fires: Case; passes: Case }> = {
  section: { fires: ['Dean’s list, top 5% of 300', '5%', 'awards'], passes: ['Cut churn by 5%', '5%'] },
  'education-without-result': {
    fires: ['Graduated with 88% overall', '88%', 'education'],
    passes: ['Thesis model improved recall by 8%', '8%', 'education'],
  },
  shape: { fires: ['Migrated to Python 3.11.4 on EC2', '3.11.4'], passes: ['Served 3.11 million calls', '3.11 million'] },
  'phone-or-id': { fires: ['Call 4915123456789 any time', '4915123456789'], passes: ['Indexed 4,915,123 pages', '4,915,123'] },
  decade: { fires: ['Grew up coding in the 90s', '90s'], passes: ['Cut page load from 90s to 4s', '90s'] },
  year: { fires: ['Joined Acme in 2019 as an engineer', '2019'], passes: ['Labelled over 2019 images', '2019'] },
  date: { fires: ['Promoted on March 15 to staff', '15'], passes: ['Shipped 15 services to staging', '15'] },
  'name-or-rank': { fires: ['Achieved ISO 27001 compliance for the platform', '27001'], passes: ['Managed 27 clusters', '27'] },
  'language-standard': { fires: ['Ported the decoder to C++ 17', '17'], passes: ['Ported 17 decoders to Rust', '17'] },
  grade: { fires: ['Finished with a GPA of 3.9', '3.9'], passes: ['Reached 0.93 AUC on fraud labels', '0.93'] },
  'personal-money': { fires: ['Won a $5,000 prize at the summit', '$5,000'], passes: ['Saved $5,000 monthly on GPUs', '$5,000'] },
  tenure: { fires: ['Experience: 3 yrs 4 mos', '4 mos'], passes: ['Saved 2 years of manual labelling effort', '2 years'] },
  'effort-duration': { fires: ['Delivered the migration in 6 weeks', '6 weeks'], passes: ['Reduced build time to 6 minutes', '6 minutes'] },
  'duration-without-result': { fires: ['Worked 40 hours per week while studying', '40 hours'], passes: ['Cut nightly batch to 2 hours', '2 hours'] },
  headcount: { fires: ['Led a team of almost 40 across 3 sites', '40'], passes: ['Grew a 12,000+ member developer community', '12,000+'] },
  'not-outcome-count': { fires: ['Published 3 papers on retrieval', '3'], passes: ['Published 3 packages to PyPI', '3'] },
  'percent-of-terms': { fires: ['Worked 100% remote for a US client', '100%'], passes: ['Made 100% of services remote-ready', '100%'] },
  'page-count': { fires: ['Published in Nature Methods 18, 12 pp.', '12 pp'], passes: ['Lifted click-through by 3 pp over control', '3 pp'] },
  'time-of-day': { fires: ['On call from 7-10 pm on weekdays', '7-10'], passes: ['Cut 7-10 second waits to 1 s', '7-10 second'] },
  address: { fires: ['Based at 221B Baker Street, London', '221B'], passes: ['Served 221 stores in London', '221'] },
  'idiom-range': { fires: ['Held 1 to 1 sessions with clients', '1 to 1'], passes: ['Saved 2 to 3 hours per analyst', '2 to 3 hours'] },
  'contact-line': { fires: ['ana@mail.example | (555) 201 4433', '201'], passes: ['Serving 201 stores nationwide', '201'] },
  founded: { fires: ['Founded 2 startups in retail analytics', '2'], passes: ['Launched 2 products in retail analytics', '2'] },
  'list-marker': { fires: ['1. Built a feature store', '1'], passes: ['1 model replaced 12 rule sets', '12'] },
  'memory-spec': { fires: ['Trained on a box with 512 GB RAM', '512 GB'], passes: ['Processed 512 GB of logs daily', '512 GB'] },
  'bare-g-without-data': { fires: ['Built apps for 5G networks', '5G'], passes: ['Dataset size: ~5G', '~5G'] },
  'skill-level': { fires: ['PostgreSQL 80%', '80%', 'other'], passes: ['Precision 80%', '80%', 'other'] },
};

describe('exclusion rules', () => {
  it('has a case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(EXCLUSION_RULES.map((r) => r.id).sort());
  });

  describe.each(Object.entries(CASES))('%s', (id, { fires, passes }) => {
    const rule = EXCLUSION_RULES.find((r) => r.id === id)!;
    it(`fires on "${fires[0]}"`, () => {
      expect(rule.applies(candidateFor(...fires))).toBe(true);
    });
    it(`does not fire on "${passes[0]}"`, () => {
      expect(rule.applies(candidateFor(...passes))).toBe(false);
      expect(exclusionOf(candidateFor(...passes))).toBeUndefined();
    });
  });

  // Rules whose reach depends on a nearby word: where it stops, each side of the line.
  it.each<[string, string, string | undefined]>([
    ['Cut training and scoring compute cost by 27%', '27%', undefined],
    ['Finished with a 95% score', '95%', 'grade'],
    ['Achieved a score of 1450', '1450', 'grade'],
    ['The nightly retrain now finishes in 40 minutes', '40 minutes', undefined],
    ['Dashboards refresh 6 hours earlier than before', '6 hours', undefined],
    ['Forecasts in 4 minutes instead of a day', '4 minutes', undefined],
    ['Built the MVP within 2 weeks, now used daily', '2 weeks', 'effort-duration'],
    ['Adopted by more than 12 product teams', '12', undefined],
    ['31 teams now ship models through the platform', '31', undefined],
    ['Coordinated 2 teams using Kafka', '2', 'headcount'],
    ['Led a 6-person pod with 3 analysts and 2 labellers', '2', 'headcount'],
    ['Dirijo un equipo de 6 personas', '6', 'headcount'],
    ['Leitete ein Team von 7 in Hamburg', '7', 'headcount'],
    ['Modernised code to C++20 across 30 modules', '30', undefined],
    ['Built a 600-question evaluation set', '600-question', undefined],
    ['Wrote a 75-page report', '75-page', 'shape'],
    ['Crawled 300 news articles a day', '300', undefined],
    ['Wrote 300 news articles', '300', 'not-outcome-count'],
  ])('"%s": %s -> %s', (sentence, token, rule) => {
    expect(exclusionOf(candidateFor(sentence, token))).toBe(rule);
  });

  it('reads a port number as part of its name, not as a count', () => {
    expect(exclusionOf(candidateFor('Run uvicorn serve:app --port 8080 locally', '8080'))).toBe('name-or-rank');
  });
  it('keeps a verb-led result under a section whose numbers are otherwise levels or honours', () => {
    expect(exclusionOf(candidateFor('Reduced inference cost by 40% with TensorRT', '40%', 'skills'))).toBeUndefined();
    expect(exclusionOf(candidateFor('Achieved 0.91 AUC on the churn benchmark', '0.91', 'awards'))).toBeUndefined();
    expect(exclusionOf(candidateFor('TensorRT, with 40% of my time on inference', '40%', 'skills'))).toBe('section');
    expect(exclusionOf(candidateFor('Ranked in the top 5% of 2,000 teams', '5%', 'awards'))).toBe('section');
  });
  it('reads an irregular past tense opening a bullet as a verb, not a name', () => {
    expect(exclusionOf(candidateFor('Oversaw 85 production changes a year', '85'))).toBeUndefined();
    expect(exclusionOf(candidateFor('Overleaf 85 templates were shared', '85'))).toBe('name-or-rank');
  });

  it('reads time recovered as a result', () => {
    expect(exclusionOf(candidateFor('About 200 hours a month recovered for the auditors', '200 hours'))).toBeUndefined();
    expect(exclusionOf(candidateFor('About 200 hours a month spent with the auditors', '200 hours'))).toBe('duration-without-result');
  });
});
