import { describe, expect, it } from 'vitest';
import { measurePanelLatency } from './support/measure-panel-latency';

describe('page load to filled panel', () => {
  it('takes at most 500 ms (median) on the LinkedIn fixture', async () => {
    const { medianMs, runs, medianFromResponseMs } = await measurePanelLatency({ runs: 7 });
    console.log(`panel latency median ${medianMs} ms (${medianFromResponseMs} ms from first byte), runs ${runs.join(', ')}`);
    expect(medianMs).toBeLessThanOrEqual(500);
  });
});
