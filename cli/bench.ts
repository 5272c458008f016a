import { relative } from 'node:path';
import { benchCliBounds } from './bench/bench-cli-bounds';
import { benchEngine } from './bench/bench-engine';
import { benchHostile } from './bench/bench-hostile';
import { benchPdf } from './bench/bench-pdf';
import { contentScriptSizes } from '../tests/e2e/support/content-script-sizes';
import { measurePanelLatency } from '../tests/e2e/support/measure-panel-latency';
import { measureSidePanel } from '../tests/e2e/support/measure-sidepanel';

const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(11);

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const report: Record<string, unknown> = {};

  const engine = await benchEngine();
  report.engine = engine;
  if (!json) {
    console.log('Engine at its steady state (screenDocument on a CandidateDocument; baseline: compromise tagging the whole text; timed in alternating rounds)');
    console.log('   size      engine   per kB     baseline   speedup');
    for (const r of engine)
      console.log(`${String(r.kB).padStart(4)} kB ${ms(r.engineMs)} ${ms(r.engineMsPerKB)} ${ms(r.baselineMs)}   ${r.speedup.toFixed(1)}x`);
  }
  const pdf = await benchPdf();
  report.pdf = pdf;
  if (!json) console.log(`\nPDF: read and screen ${relative(process.cwd(), pdf.file)} (2 pages), warm median ${ms(pdf.medianMs).trim()}`);

  const hostile = benchHostile();
  report.hostile = hostile;
  if (!json) {
    console.log('\nHostile inputs (CPU time of one thread, median of 3; budget on a quiet machine)');
    for (const r of hostile)
      console.log(`  ${r.name.padEnd(58)} ${ms(r.cpuMs)}  / ${String(r.budgetMs).padStart(4)} ms${r.cpuMs > r.budgetMs ? '  OVER' : ''}`);
  }

  const bounds = await benchCliBounds();
  report.cliBounds = bounds;
  if (!json) {
    console.log('\nCLI on inputs built to exhaust it (npm run screen, one file; peak memory of its process tree)');
    for (const r of bounds)
      console.log(
        `  ${r.input.padEnd(38)} ${r.seconds.toFixed(1).padStart(5)} s ${r.peakMb.toFixed(0).padStart(5)} MB  exit ${r.status}  ${r.said.slice(0, 90)}`,
      );
  }

  const sizes = contentScriptSizes();
  report.contentScripts = sizes;
  if (!json) {
    console.log('\nContent scripts (built extension)');
    for (const s of sizes)
      console.log(`  ${s.file.padEnd(14)} ${(s.bytes / 1024).toFixed(1).padStart(7)} kB  ${(s.gzipBytes / 1024).toFixed(1).padStart(6)} kB gzip`);
  }

  const panel = await measurePanelLatency({ runs: 9 });
  report.panelLatency = panel;
  if (!json)
    console.log(
      `\nLinkedIn fixture in Chromium: page load to filled panel, median ${ms(panel.medianMs).trim()} (${panel.runs.length} loads; from first byte ${ms(panel.medianFromResponseMs).trim()})`,
    );

  const sidePanel = await measureSidePanel({ candidates: 5000 });
  report.sidePanel = sidePanel;
  if (!json)
    console.log(
      `Side panel with ${sidePanel.candidates} saved candidates: first screen median ${ms(sidePanel.firstRenderMedianMs).trim()}, filter median ${ms(sidePanel.filterMedianMs).trim()}`,
    );

  if (json) console.log(JSON.stringify(report));
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
