import { screenDocument } from '../lib/screen/screen-document';
import { formatExplanation } from './format-explanation';
import { formatScreening } from './format-screening';
import { loadCandidateFile } from './load-candidate-file';
import { parseScreenArgs, UsageError } from './parse-cli-args';
import { screeningRecord } from './screening-record';

const USAGE = 'usage: npm run screen -- [--json] [--explain] [--role ml-engineer|mlops|research|data-scientist] [--url URL] [--must-have tool,tool] <files...>';

async function main(): Promise<number> {
  let args;
  try {
    args = parseScreenArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`screen: ${e.message}\n${USAGE}`);
    return 2;
  }
  let failures = 0;
  for (const file of args.files) {
    try {
      const document = await loadCandidateFile(file, { url: args.url });
      const screening = screenDocument(document, { role: args.role, mustHave: args.mustHave });
      if (args.json) process.stdout.write(`${JSON.stringify(screeningRecord(file, document, screening))}\n`);
      else process.stdout.write(`${formatScreening(file, screening, document.warnings)}${args.explain ? formatExplanation(screening) : ''}\n\n`);
    } catch (e) {
      failures++;
      console.error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`screen: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
