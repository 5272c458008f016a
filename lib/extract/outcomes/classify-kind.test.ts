import { describe, expect, it } from 'vitest';
import { acceptRule } from './accept';
import { classifyKind } from './classify-kind';
import { candidateFor } from './test-support';

const kindOf = (sentence: string, token: string) => {
  const c = candidateFor(sentence, token);
  return classifyKind(c, acceptRule(c)!);
};

describe('classifyKind', () => {
  it.each([
    ['Kept the API at 99.95% uptime', '99.95%', 'uptime'],
    ['Cut p99 latency by 35%', '35%', 'latency'],
    ['Served 12M requests/day', '12M', 'throughput'],
    ['Handled 900 orders per hour', '900', 'throughput'],
    ['Sustained 5k QPS', '5k QPS', 'throughput'],
    ['Stored 2 TB of images', '2 TB', 'scale'],
    ['Used by 30k users', '30k', 'scale'],
    ['Saved $2.3M a year in cloud costs', '$2.3M', 'cost'],
    ['Reduced the bill by 40%', '40%', 'cost'],
    ['Generated $4M in new ARR', '$4M', 'revenue'],
    ['Raised conversion revenue by 12%', '12%', 'revenue'],
    ['Improved F1 by 6% on the test set', '6%', 'quality'],
    ['Reached 0.91 AUC', '0.91', 'quality'],
    ['Saved 10 hours of manual review each week', '10 hours', 'time-saved'],
    ['Cut setup time by 85%', '85%', 'time-saved'],
    ['Cut model response time to 300 ms', '300 ms', 'latency'],
    ['Delivered a 10x speedup in ETL', '10x', 'throughput'],
    ['Doubled the team output by 2x', '2x', 'other'],
    ['Los costes bajaron un 22 %', '22 %', 'cost'],
    ['Support escalations fell from 40 per week to 6', '40', 'quality'],
    ['Batch jobs went from 200 a day to 900', '200', 'throughput'],
    ['Cut open incidents from 40 to 3', '40', 'quality'],
    ['Grew monthly users from 400 to 9,000', '400', 'scale'],
    ['Grew contracts from 2 to 9', '2', 'revenue'],
    ['Shipped 12 dashboards for finance', '12', 'scale'],
  ])('%s -> %s', (sentence, token, kind) => {
    expect(kindOf(sentence, token)).toBe(kind);
  });

  it('does not call a plain percentage uptime without the word', () => {
    expect(kindOf('Reached 99.9% of customers', '99.9%')).not.toBe('uptime');
  });
});
