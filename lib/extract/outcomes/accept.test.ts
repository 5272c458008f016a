import { describe, expect, it } from 'vitest';
import { acceptRule } from './accept';
import { candidateFor } from './test-support';

describe('acceptRule', () => {
  it.each([
    ['Saved $2.3M in vendor fees', '$2.3M', 'outcome.money'],
    ['Lifted recall by 15%', '15%', 'outcome.percent'],
    ['Made batch scoring 10× faster', '10×', 'outcome.multiplier'],
    ['Sustained 4,000 QPS at peak', '4,000 QPS', 'outcome.rate'],
    ['Moved 2 TB of events nightly', '2 TB', 'outcome.data-size'],
    ['Cut p95 latency to 120 ms', '120 ms', 'outcome.duration'],
    ['Onboarded 1M+ MAU', '1M+', 'outcome.magnitude'],
    ['Reached 0.91 AUC on holdout', '0.91', 'outcome.metric'],
    ['Episode return 812±40 across seeds', '812±40', 'outcome.metric'],
    ['Released 17 packages on npm', '17', 'outcome.count'],
    ['Classified 1,200 images/sec on one GPU', '1,200', 'outcome.count'],
    ['R² of 0.81 on the holdout set', '0.81', 'outcome.metric'],
    ['Raised weighted-recall for rare intents to 0.67', '0.67', 'outcome.metric'],
    ['Lifted precision on long-tail fraud cases to 0.81', '0.81', 'outcome.metric'],
    ['MASE 0.71 on the weekly holdout', '0.71', 'outcome.metric'],
    ['micro-F1 of 0.93 on held-out contracts', '0.93', 'outcome.metric'],
    ['groundedness rose from 0.64 to 0.83', '0.64', 'outcome.metric'],
    ['Support tickets fell from 40 per week to 6', '40', 'outcome.count'],
    ['Achieved a speed-up of 12.3 over the fork-based version', '12.3', 'outcome.multiplier'],
    ['Grew weekly active users from 1,200 to 9,800 (8x)', '1,200', 'outcome.count'],
  ])('%s -> %s', (sentence, token, rule) => {
    expect(acceptRule(candidateFor(sentence, token))).toBe(rule);
  });

  it.each([
    ['Scored 3.7 overall in the review', '3.7'],
    ['Took part in 2 of them', '2'],
    ['Built it with 6', '6'],
    ['Presented at 12 Downing Street', '12'],
    ['Upgraded the client from 0.9 to 0.12 of the SDK', '0.9'],
    ['Tuned recall; the batch job then took 0.5 of a day', '0.5'],
    ['Moved from 0.4 to 0.6 FTE', '0.4'],
    ['Improved recall for the 2.5 release', '2.5'],
    ['Tracked recall per cohort; shipped the 0.9 version', '0.9'],
    ['Measured the speed of 12.3 releases', '12.3'],
    ['Went from 3 to 5 after the merger', '3'],
    ['Scaled it from 3 to 12', '3'],
  ])('%s: %s is not a quantity', (sentence, token) => {
    expect(acceptRule(candidateFor(sentence, token))).toBeUndefined();
  });
});
