import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArtifacts } from '../../lib/extract/artifacts/extract-artifacts';
import { readGitHubPage } from '../../lib/sources/github/read-github-page';
import { indexDocument } from '../../lib/text/indexed-document';

// The reader and the extractor meet only through the document, so their handshake is tested here, above both.
describe('a GitHub repository page read, then its artifacts extracted', () => {
  it('turns the artifacts into evidence apart from the README claims', () => {
    const html = readFileSync(new URL('../fixtures/github/ml-repo.html', import.meta.url), 'utf8');
    const page = parseHTML(html).document as unknown as Document;
    const doc = readGitHubPage(page, 'https://github.com/msolberg-ml/forecast-serving', new Date('2025-01-15T10:00:00Z'));
    const evidence = extractArtifacts(indexDocument(doc));
    expect(evidence.map((e) => e.artifact.type)).toEqual([
      'ci-workflow',
      'helm',
      'monitoring',
      'container',
      'experiment-tracking',
      'compose',
      'data-versioning',
      'serving',
    ]);
    expect(evidence.every((e) => e.location.section === 'artifacts' && e.artifact.repo === 'msolberg-ml/forecast-serving')).toBe(true);
  });
});
