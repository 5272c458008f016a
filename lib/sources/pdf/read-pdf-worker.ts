import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CandidateDocument } from '../../model/candidate-document';
import { PDF_LIMITS, PdfReadError } from './pdf-read-error';
import type { ReadPdfOptions } from './read-pdf-with';
import { PDF_THREAD_READY, type PdfWorkerReply, type PdfWorkerRequest } from './read-pdf-worker-protocol';

export interface PdfWorkerLimits {
  /** Wall time for one read, from handing the file to a started reader; the thread is terminated after it. */
  timeoutMs?: number;
  /** Heap of the reading thread, and growth of the process's resident memory during one read. */
  memoryMb?: number;
}

const THREAD = new URL('./read-pdf-worker-thread.ts', import.meta.url);
// The thread runs this project's TypeScript from source, as the CLI does, so it loads the same loader (tsx).
const TS_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// pdf.js allocates many short-lived objects; a small young generation keeps the limit about the old one.
const YOUNG_GENERATION_MB = 16;
// Starting a thread loads tsx and pdf.js: seconds on a busy machine, never a minute.
const START_LIMIT_MS = 60_000;
// How often resident memory is sampled during a read: a bomb inflates a few hundred MB a second at most.
const MEMORY_SAMPLE_MS = 50;
const MB = 1024 * 1024;

interface PdfThread {
  worker: Worker;
  memoryMb: number;
  /** Settles once pdf.js is loaded in the thread, or the thread failed to start. */
  started: Promise<void>;
}

// One started thread is kept between reads (pdf.js loads once per thread), unreferenced so it never keeps a process alive.
let idle: PdfThread | undefined;

function errorOfThread(error: Error & { code?: string }, memoryMb: number): PdfReadError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return new PdfReadError('out-of-memory', `limit ${memoryMb} MB`);
  return new PdfReadError('corrupt', error.message.slice(0, 120));
}

function startThread(memoryMb: number): PdfThread {
  const worker = new Worker(THREAD, {
    execArgv: ['--import', TS_LOADER],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb - YOUNG_GENERATION_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const started = new Promise<void>((resolve, reject) => {
    const done = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      outcome();
    };
    const onMessage = (message: unknown) => message === PDF_THREAD_READY && done(resolve);
    const onError = (error: Error) => done(() => reject(errorOfThread(error, memoryMb)));
    const onExit = () => done(() => reject(new PdfReadError('corrupt', 'the PDF reader did not start')));
    const timer = setTimeout(() => done(() => reject(new PdfReadError('timeout', 'the PDF reader did not start'))), START_LIMIT_MS);
    timer.unref();
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
  // A thread started ahead of time may fail before anyone waits for it; its reader sees the failure then.
  started.catch(() => undefined);
  return { worker, memoryMb, started };
}

function parkThread(thread: PdfThread): void {
  if (idle) void idle.worker.terminate();
  thread.worker.unref();
  idle = thread;
}

function takeThread(memoryMb: number): PdfThread {
  const thread = idle?.memoryMb === memoryMb ? idle : undefined;
  if (!thread) return startThread(memoryMb);
  idle = undefined;
  thread.worker.ref();
  return thread;
}

/** Starts a reading thread now, so that loading pdf.js overlaps other start-up work (the CLI's engine). */
export function preparePdfWorker(memoryMb: number = PDF_LIMITS.memoryMb): void {
  if (idle?.memoryMb !== memoryMb) parkThread(startThread(memoryMb));
}

/**
 * The heap limit does not count the buffers pdf.js inflates streams into (ArrayBuffers live outside the
 * heap), so the process's resident memory is watched too: a read may not grow it by more than `memoryMb`.
 */
function watchResidentMemory(memoryMb: number, onExceeded: () => void): () => void {
  const start = process.memoryUsage.rss();
  const timer = setInterval(() => {
    if (process.memoryUsage.rss() - start > memoryMb * MB) onExceeded();
  }, MEMORY_SAMPLE_MS);
  return () => clearInterval(timer);
}

function readInThread(thread: PdfThread, request: PdfWorkerRequest, timeoutMs: number): Promise<CandidateDocument> {
  const { worker, memoryMb } = thread;
  return new Promise<CandidateDocument>((resolve, reject) => {
    const settle = (outcome: () => void, healthy: boolean) => {
      clearTimeout(timer);
      stopWatch();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (healthy) parkThread(thread);
      else void worker.terminate();
      outcome();
    };
    const onMessage = (reply: PdfWorkerReply) =>
      settle(() => (reply.ok ? resolve(CandidateDocument.parse(reply.document)) : reject(new PdfReadError(reply.code, reply.detail))), true);
    const onError = (error: Error) => settle(() => reject(errorOfThread(error, memoryMb)), false);
    const onExit = () => settle(() => reject(new PdfReadError('corrupt', 'the PDF reader stopped')), false);
    const timer = setTimeout(() => settle(() => reject(new PdfReadError('timeout', `stopped after ${timeoutMs / 1000} s`)), false), timeoutMs);
    const stopWatch = watchResidentMemory(memoryMb, () => settle(() => reject(new PdfReadError('out-of-memory', `limit ${memoryMb} MB`)), false));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}

/**
 * Reads a PDF in a worker thread that is terminated when the read outlasts `timeoutMs` or its memory
 * outgrows `memoryMb`: pdf.js in Node parses on the thread that calls it and never yields while it
 * inflates and parses a stream, so a timer beside it cannot fire, and the process keeps what it allocates.
 */
export async function readPdfInWorker(bytes: Uint8Array, options: ReadPdfOptions & PdfWorkerLimits = {}): Promise<CandidateDocument> {
  const { memoryMb = PDF_LIMITS.memoryMb, ...readOptions } = options;
  if (bytes.byteLength > PDF_LIMITS.maxBytes) throw new PdfReadError('too-large');
  const thread = takeThread(memoryMb);
  try {
    await thread.started;
  } catch (error) {
    void thread.worker.terminate();
    throw error;
  }
  return readInThread(thread, { bytes, options: readOptions }, readOptions.timeoutMs ?? PDF_LIMITS.timeoutMs);
}
