import { preparePdfWorker } from '../lib/sources/pdf/read-pdf';
import { EXIT_STATUS, exitStatusOf, type FileOutcome } from './exit-status';
import { parseScreenArgs, UsageError, type ScreenArgs } from './parse-cli-args';

const USAGE = 'usage: npm run screen -- [--json] [--explain] [--role ml-engineer|mlops|research|data-scientist] [--url URL] [--must-have tool,tool] <files...>';

async function main(): Promise<number> {
  let args: ScreenArgs;
  try {
    args = parseScreenArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`screen: ${e.message}\n${USAGE}`);
    return EXIT_STATUS.usage;
  }
  // pdf.js loads in its thread while this one loads the engine and the readers.
  if (args.files.some((file) => file.toLowerCase().endsWith('.pdf'))) preparePdfWorker();
  const { screenFile } = await import('./screen-file');
  const outcomes: FileOutcome[] = [];
  for (const file of args.files) outcomes.push(await screenFile(file, args));
  return exitStatusOf(outcomes);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`screen: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(EXIT_STATUS.unreadable);
  },
);
