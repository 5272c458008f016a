import { screenDocument } from '../lib/screen/screen-document';
import { NotEnoughTextError } from '../lib/sources/not-enough-text-error';
import type { FileOutcome } from './exit-status';
import { formatExplanation } from './format-explanation';
import { formatNotEnoughText, formatScreening } from './format-screening';
import { loadCandidateFile } from './load-candidate-file';
import type { ScreenArgs } from './parse-cli-args';
import { notEnoughTextRecord, screeningRecord } from './screening-record';

function print(args: ScreenArgs, record: object, text: string): void {
  process.stdout.write(args.json ? `${JSON.stringify(record)}\n` : `${text}\n\n`);
}

/**
 * Screens one file and prints the result (a screening, or "Not enough evidence" and why), or prints on
 * stderr why the file could not be read. Says which of the three happened.
 */
export async function screenFile(file: string, args: ScreenArgs): Promise<FileOutcome> {
  try {
    const document = await loadCandidateFile(file, { url: args.url });
    const screening = screenDocument(document, { role: args.role, mustHave: args.mustHave });
    const explanation = args.explain ? formatExplanation(screening) : '';
    print(args, screeningRecord(file, document, screening), `${formatScreening(file, screening, document.warnings)}${explanation}`);
    return screening.verdict === 'insufficient' ? 'not-enough-text' : 'screened';
  } catch (e) {
    if (e instanceof NotEnoughTextError) {
      print(args, notEnoughTextRecord(file, e.message), formatNotEnoughText(file, e.message));
      return 'not-enough-text';
    }
    console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 'unreadable';
  }
}
