import { describe, expect, it, vi } from 'vitest';
import { screenDocument } from '../../lib/screen/screen-document';
import { readPlainText } from '../../lib/sources/text/read-plain-text';

// A failing rule is made to fail on purpose, on sentences that carry a marker word.
const FAIL_TOOLS = 'Zzfailtools';
const FAIL_OUTCOME = 'Zzfailoutcome';

vi.mock('../../lib/extract/tools/extract-tools', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/extract/tools/extract-tools')>();
  return {
    extractTools: (...args: Parameters<typeof real.extractTools>) => {
      if (args[0].blocks.some((b) => b.block.text.includes(FAIL_TOOLS))) throw new Error('tool reader failed');
      return real.extractTools(...args);
    },
  };
});

vi.mock('../../lib/extract/outcomes/candidate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/extract/outcomes/candidate')>();
  return {
    ...real,
    candidatesOf: (...args: Parameters<typeof real.candidatesOf>) => {
      if (args[0].includes(FAIL_OUTCOME)) throw new Error('outcome reader failed');
      return real.candidatesOf(...args);
    },
  };
});

const NOW = new Date('2026-01-01');
const ROLE = 'Experience\nML Engineer, Orbital Freight   Jan 2021 – Present\n- Deployed a PyTorch model on Kubernetes serving 12M requests/day.\n';

describe('engine errors surface', () => {
  // Catches: the engine swallowing errors (a try/catch in screenDocument or extractEvidence that
  // returns an empty or "Not enough evidence" screening): the caller must see the failure, and the
  // background turns it into an error reply instead of a judgement made from half the evidence.
  it('a reader that throws makes screenDocument throw, never a valid-looking screening', () => {
    expect(() => screenDocument(readPlainText(`${ROLE}- ${FAIL_TOOLS} in this line.\n`), { now: NOW })).toThrow('tool reader failed');
  });

  // Catches: the outcome reader's per-sentence guard widened to the block or document, where one
  // odd sentence would silently cost every claim after it.
  it('one sentence the outcome reader cannot read costs only that sentence its claims', () => {
    const text = `${ROLE}- ${FAIL_OUTCOME}: cut cost by 90%.\n- Raised conversion by 4.2% in an A/B test.\n`;
    const tokens = screenDocument(readPlainText(text), { now: NOW }).outcomes.map((o) => o.token);
    expect(tokens).toEqual(expect.arrayContaining(['12M', '4.2%']));
    expect(tokens).not.toContain('90%');
  });
});
