import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleScreening } from '../../lib/storage/synthetic-candidates';
import { insufficientGuidance } from './insufficient-guidance';

const PAGE = 'https://www.linkedin.com/in/jo-example/';
const documentExample = (overrides: Parameters<typeof sampleDocument>[1] = {}) => sampleDocument('jo-example', overrides);
const insufficient = (overrides: Parameters<typeof sampleScreening>[0] = {}) =>
  sampleScreening({ verdict: 'insufficient', score: 0, incomplete: [], reasons: ['Not enough evidence: only 9 words of text.'], ...overrides });

describe('insufficientGuidance', () => {
  it('says what the reader could not read and links the page that lists it first', () => {
    const seeAllUrl = 'https://www.linkedin.com/in/jo-example/details/experience/';
    const guidance = insufficientGuidance(
      insufficient({ incomplete: [{ section: 'experience', message: 'The profile announces 5 experience entries', seeAllUrl }] }),
      documentExample({ warnings: ['no profile sections found on this page'] }),
      PAGE,
    );
    expect(guidance.unread).toEqual(['The profile announces 5 experience entries', 'no profile sections found on this page']);
    expect(guidance.next[0]).toEqual({ label: 'Open the full Experience list', url: seeAllUrl });
    expect(guidance.next.filter((step) => step.url === seeAllUrl)).toHaveLength(1);
  });

  it('states plainly that nothing describing work was found when the reader left no note', () => {
    expect(insufficientGuidance(insufficient(), documentExample(), PAGE).unread).toEqual([
      'No experience, projects or summary describing work was found in what could be read.',
    ]);
  });

  it('sends a LinkedIn profile to its Experience details page', () => {
    expect(insufficientGuidance(insufficient(), documentExample(), PAGE).next[0].url).toBe('https://www.linkedin.com/in/jo-example/details/experience/');
  });

  it('points a PDF to the paste box on its page, and pasted text to pasting the whole resume', () => {
    expect(insufficientGuidance(insufficient({ source: 'pdf' }), documentExample({ source: 'pdf', identity: undefined }), PAGE).next[0].label).toMatch(
      /Paste the resume text/,
    );
    expect(insufficientGuidance(insufficient({ source: 'text' }), undefined, PAGE).next[0].label).toMatch(/Paste the whole resume/);
  });

  it('never links a script URL from a hostile page', () => {
    const guidance = insufficientGuidance(insufficient({ incomplete: [{ message: 'Hidden', seeAllUrl: 'javascript:alert(1)' }] }), undefined, PAGE);
    expect(JSON.stringify(guidance)).not.toContain('javascript:');
  });
});
