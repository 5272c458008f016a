import { describe, expect, it } from 'vitest';
import { isHeadcount } from './headcount';
import { candidateFor } from './test-support';

describe('isHeadcount', () => {
  it.each([
    ['Led a team of 6', '6', true],
    ['Mentored 4 engineers', '4', true],
    ['Team of 5 ML engineers and 2 annotators', '2', true],
    ['Hired 3 engineers plus 2 labellers', '2', true],
    ['Coordino un equipo de 4 personas', '4', true],
    ['Leitete ein Team von 7', '7', true],
    ['Led the revamp across 3 teams', '3', true],
    ['Placed 2nd out of 60 teams', '60', true],
    ['Used by 9 internal teams', '9', false],
    ['Adopted by more than 12 product teams', '12', false],
    ['31 teams now ship models through it', '31', false],
    ['Onboarded 14 teams in a quarter', '14', false],
    ['Grew a 12,000+ member developer community', '12,000+', false],
    ['Mentored 3 interns and shipped 4 services', '4', false],
    ['Enabled 3x more data scientists to ship models', '3x', false],
    ['Grew the team to 3 data scientists', '3', true],
  ])('%s: %s -> %s', (sentence, token, expected) => {
    expect(isHeadcount(candidateFor(sentence, token))).toBe(expected);
  });
});
