import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flateBombPdf } from '../../tests/fixtures/pdf/flate-bomb';
import { syntheticResume } from './synthetic-resume';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE_MS = 20;

export interface CliBoundsRow {
  input: string;
  seconds: number;
  /** Sum over the CLI's process tree of each process's peak resident memory (VmHWM). */
  peakMb: number;
  status: number | null;
  /** The line the CLI printed about the file's outcome, else its first line (a crash says why). */
  said: string;
}

function kB(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

/** The process and every descendant, from /proc (Linux). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      children = children.concat(readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    }
  } catch {
    return [];
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Runs `screen` on one file the way a user does and samples its process tree's peak memory until it exits. */
function runScreen(file: string): Promise<Omit<CliBoundsRow, 'input'>> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/screen.ts', file], { cwd: ROOT });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peaks = new Map<number, number>();
  const timer = setInterval(() => {
    for (const pid of processTree(child.pid!)) {
      try {
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kB(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM')));
      } catch {
        // The process ended between listing and reading.
      }
    }
  }, SAMPLE_MS);
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      const lines = output.split('\n');
      const said =
        [`${file}:`, '  ! Incomplete', 'Verdict:'].map((start) => lines.find((line) => line.startsWith(start))).find(Boolean) ?? lines.find(Boolean) ?? '';
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMb: [...peaks.values()].reduce((a, b) => a + b, 0) / 1024,
        status,
        said: said.replace(`${file}: `, '').trim(),
      });
    });
  });
}

/** The CLI on inputs built to exhaust it: flate-bomb PDFs and 19 MB of text. */
export async function benchCliBounds(): Promise<CliBoundsRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shipcheck-bounds-'));
  try {
    const inputs: [string, string, () => Promise<Uint8Array | string>][] = [
      ['200 MB flate bomb, resume text', 'bomb-text.pdf', () => flateBombPdf(200, 'text')],
      ['200 MB flate bomb, one endless string', 'bomb-string.pdf', () => flateBombPdf(200, 'string')],
      ['19 MB of resume text', 'long.txt', async () => syntheticResume(19 * 1024 * 1024)],
    ];
    const rows: CliBoundsRow[] = [];
    for (const [input, name, make] of inputs) {
      const file = join(dir, name);
      writeFileSync(file, await make());
      rows.push({ input, ...(await runScreen(file)) });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
