import { describe, expect, it } from 'vitest';
import { isSkillLevel } from './skill-level';
import { candidateFor } from './test-support';

describe('isSkillLevel', () => {
  it.each([
    ['MySQL 85%', '85%'],
    ['Apache Spark – 70%', '70%'],
    ['Python: 90%, Go: 70%', '70%'],
    ['English 100%', '100%'],
  ])('"%s": %s is a level on a skill bar', (sentence, token) => {
    expect(isSkillLevel(candidateFor(sentence, token, 'other'))).toBe(true);
  });

  it.each([
    ['Accuracy 94%', '94%'],
    ['Uptime 99.9%', '99.9%'],
    ['Conversion 12%', '12%'],
    ['Cut cost 30%', '30%'],
    ['MySQL 85% faster after the index rebuild', '85%'],
    ['Moved the reporting jobs off MySQL 85% of the time', '85%'],
    ['Improved recall from 70% to 85%', '70%'],
  ])('"%s": %s is a result, not a level', (sentence, token) => {
    expect(isSkillLevel(candidateFor(sentence, token, 'other'))).toBe(false);
  });
});
