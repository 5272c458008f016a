import { describe, expect, it } from 'vitest';
import { screenDocument } from '../../lib/screen/screen-document';
import { MAX_PASTE_CHARS, readPastedResume } from './pasted-resume';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('readPastedResume', () => {
  it.each([
    ['an empty paste', ''],
    ['a few words', 'Jane Roe\nPython'],
  ])('%s screens as Not enough evidence, not as an error', (_name, text) => {
    const read = readPastedResume(text, NOW);
    expect(read.ok).toBe(true);
    if (read.ok) expect(screenDocument(read.document, { now: NOW }).verdict).toBe('insufficient');
  });

  it('reads a pasted resume into sections', () => {
    const read = readPastedResume('Jane Roe\nML Engineer\n\nExperience\nML Engineer at Acme 2020 - 2024\nDeployed PyTorch models on Kubernetes.', NOW);
    expect(read.ok && read.document.sections.map((s) => s.kind)).toContain('experience');
  });

  it('refuses a paste far longer than any resume, saying why', () => {
    const read = readPastedResume('x'.repeat(MAX_PASTE_CHARS + 1), NOW);
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/more than 200,000: paste the resume alone/) });
  });
});
