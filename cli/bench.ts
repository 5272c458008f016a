import { benchEngine } from './bench/bench-engine';

const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(11);

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const report: Record<string, unknown> = {};

  const engine = await benchEngine();
  report.engine = engine;
  if (!json) {
    console.log('Engine (screenDocument on a CandidateDocument; baseline: compromise tagging the whole text)');
    console.log('   size      engine   per kB     baseline   speedup');
    for (const r of engine) console.log(`${String(r.kB).padStart(4)} kB ${ms(r.engineMs)} ${ms(r.engineMsPerKB)} ${ms(r.baselineMs)}   ${r.speedup.toFixed(1)}x`);
  }
  if (json) console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
