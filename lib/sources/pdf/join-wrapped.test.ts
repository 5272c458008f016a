import { describe, expect, it } from 'vitest';
import { joinWrapped } from './join-wrapped';

describe('joinWrapped', () => {
  it.each([
    ['Rebuilt the feature pipe-', 'lines in Airflow', 'Rebuilt the feature pipelines in Airflow'],
    ['improved monitor-', 'ing coverage', 'improved monitoring coverage'],
    ['clean code, problem-', 'solving, and', 'clean code, problem-solving, and'],
    ['a competitive 10-', 'week initiative', 'a competitive 10-week initiative'],
    ['www.linkedin.com/in/jane-', 'doe-ml (LinkedIn)', 'www.linkedin.com/in/jane-doe-ml (LinkedIn)'],
    ['serving 2M requests/day', 'at p99 latency', 'serving 2M requests/day at p99 latency'],
    ['github.com/someone/', 'project', 'github.com/someone/project'],
    ['', 'first line', 'first line'],
    ['ends with a word', 'Next sentence', 'ends with a word Next sentence'],
  ])('%s + %s', (text, next, joined) => {
    expect(joinWrapped(text, next)).toBe(joined);
  });
});
