import nlp from 'compromise';
import { screenDocument } from '../../lib/screen/screen-document';
import { readPlainText } from '../../lib/sources/text/read-plain-text';
import { medianTime } from './median-time';
import { syntheticResume } from './synthetic-resume';

export interface EngineBenchRow {
  kB: number;
  engineMs: number;
  engineMsPerKB: number;
  baselineMs: number;
  speedup: number;
}

/** Engine time per input size against the naive approach of tagging the whole text with compromise. */
export async function benchEngine(sizesKB = [2, 8, 32, 128]): Promise<EngineBenchRow[]> {
  const rows: EngineBenchRow[] = [];
  for (const kB of sizesKB) {
    const text = syntheticResume(kB * 1024);
    const document = readPlainText(text);
    const runs = kB <= 8 ? 60 : kB <= 32 ? 20 : 8;
    const engineMs = await medianTime(() => screenDocument(document), runs);
    const baselineMs = await medianTime(() => nlp(text), Math.max(5, Math.floor(runs / 4)), 1);
    rows.push({ kB, engineMs, engineMsPerKB: engineMs / kB, baselineMs, speedup: baselineMs / engineMs });
  }
  return rows;
}
