import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const NOT_ENOUGH_TEXT = ['empty.txt', 'nul-bytes.txt', 'wrong-type.json', 'cjk-only.txt', 'linkedin-feed.html'].map(
  (f) => `tests/fixtures/not-enough-text/${f}`,
);

/** Runs `npm run screen` as a user does, in its own process. */
function screen(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'cli/screen.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ status: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

describe('npm run screen', () => {
  it('answers "Not enough evidence" without a score for empty, binary, non-resume, CJK-only and feed files, and exits 3', async () => {
    const { status, stdout, stderr } = await screen(...NOT_ENOUGH_TEXT);
    expect(stderr).toBe('');
    expect(stdout.match(/^Verdict: Not enough evidence/gm)).toHaveLength(NOT_ENOUGH_TEXT.length);
    expect(stdout).not.toMatch(/Score|\/100|\[high\]/);
    expect(status).toBe(3);
  }, 90_000);

  it('screens the readable files, reports the unreadable one on stderr, and exits 1', async () => {
    const { status, stdout, stderr } = await screen('--json', 'samples/sample-resume.txt', NOT_ENOUGH_TEXT[0], 'no-such-file.txt');
    const [sample, empty] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(sample).toMatchObject({ file: 'samples/sample-resume.txt', score: expect.any(Number), label: expect.any(String) });
    expect(empty).toMatchObject({ verdict: 'insufficient', label: 'Not enough evidence', score: null });
    expect(stderr).toBe('no-such-file.txt: file not found\n');
    expect(status).toBe(1);
  }, 90_000);
});
