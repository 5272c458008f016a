import { describe, expect, it } from 'vitest';
import { safeSeeAllUrl } from './incomplete-banner';

describe('safeSeeAllUrl', () => {
  const page = 'https://www.linkedin.com/in/someone/';
  it.each([
    ['/in/someone/details/experience/', 'https://www.linkedin.com/in/someone/details/experience/'],
    ['https://www.linkedin.com/in/someone/details/skills/', 'https://www.linkedin.com/in/someone/details/skills/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    [undefined, undefined],
  ])('turns %j into %j', (url, expected) => {
    expect(safeSeeAllUrl(url, page)).toBe(expected);
  });
});
