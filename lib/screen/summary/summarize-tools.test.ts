import { describe, expect, it } from 'vitest';
import { tool } from '../test-support/evidence-builders';
import { summarizeTools } from './summarize-tools';

describe('summarizeTools', () => {
  it('keeps one entry per canonical name, used when any occurrence is used', () => {
    const listed = tool('PyTorch', 'ml-framework', 'listed');
    const used = tool('PyTorch', 'ml-framework', 'used');
    const docker = tool('Docker', 'container', 'listed');
    expect(summarizeTools([listed, docker, used])).toEqual([
      { name: 'PyTorch', category: 'ml-framework', usage: 'used', evidenceIds: [listed.id, used.id] },
      { name: 'Docker', category: 'container', usage: 'listed', evidenceIds: [docker.id] },
    ]);
  });

  it('gives nothing for no tools', () => {
    expect(summarizeTools([])).toEqual([]);
  });
});
