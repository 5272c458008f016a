import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCandidateFile } from './load-candidate-file';

const dir = mkdtempSync(join(tmpdir(), 'shipcheck-load-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('loadCandidateFile', () => {
  it('chooses the reader by extension', async () => {
    expect((await loadCandidateFile(file('a.json', '{"basics":{"name":"A B"}}'))).source).toBe('jsonresume');
    expect((await loadCandidateFile(file('a.txt', 'Ana Lee\nEngineer'))).source).toBe('text');
  });

  it.each([
    ['missing.pdf', undefined, /file not found/],
    ['resume.docx', 'x', /unsupported file type ".docx"/],
    ['broken.json', '{"basics": ', /line 1, column 12/],
  ])('explains why %s cannot be read', async (name, content, message) => {
    const path = content === undefined ? join(dir, name) : file(name, content);
    await expect(loadCandidateFile(path)).rejects.toThrow(message);
  });
});
