import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { DEFAULT_PANEL_STATE } from '../../lib/settings/panel-state';
import { Panel } from './panel';
import { displayName } from './verdict-summary';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const document: CandidateDocument = {
  source: 'linkedin',
  url: 'https://www.linkedin.com/in/someone/',
  capturedAt: '2026-01-01T00:00:00.000Z',
  person: { name: HOSTILE, links: [] },
  sections: [],
  incomplete: [],
  warnings: [],
};

const screening: Screening = {
  source: 'linkedin',
  url: document.url,
  name: HOSTILE,
  headline: `Engineer ${HOSTILE}`,
  role: 'ml-engineer',
  screenedAt: '2026-01-01T00:00:00.000Z',
  words: 12,
  evidence: [
    {
      id: 'e1',
      kind: 'production',
      ruleId: 'production.deploy',
      quote: `Deployed ${HOSTILE} to Kubernetes.`,
      match: 'Deployed',
      location: { section: 'experience', blockId: 'b1', start: 0, end: 8 },
      strength: 0.6,
      production: { aspect: 'deployment', level: 'specified' },
    },
  ],
  tools: [],
  outcomes: [],
  production: { level: 'specified', evidenceIds: ['e1'], searched: 'deployment' },
  buzzwords: { density: 0, count: 0, terms: [], ratio: 0, evidenceIds: [] },
  flags: [{ id: 'buzzword-heavy', severity: 'medium', message: `Hype ${HOSTILE}`, evidenceIds: ['e1'] }],
  checklist: [{ id: 'ships', label: 'Ships', status: 'pass', points: 20, reason: 'Deploys', evidenceIds: ['e1'] }],
  score: 64,
  verdict: 'potential',
  reasons: ['Not strong: machine learning is a small part of the described work.', '+20 Ships: Deploys'],
  incomplete: [{ message: 'Roles hidden', seeAllUrl: 'javascript:alert(3)' }],
};

const render = (overrides: Partial<Parameters<typeof Panel>[0]> = {}) =>
  renderToStaticMarkup(
    <Panel
      view={{ status: 'ready', url: document.url!, screening, document }}
      state={{ ...DEFAULT_PANEL_STATE, expanded: true }}
      onStateChange={() => undefined}
      {...overrides}
    />,
  );

describe('Panel', () => {
  it('shows the verdict, the score, the flags and the checklist', () => {
    const html = render();
    expect(html).toContain('data-verdict="potential"');
    expect(html).toContain('>64<');
    expect(html).toContain('data-mover="flag:buzzword-heavy"');
    expect(html).toContain('data-check="ships"');
  });

  it('states the reason under the verdict, before anything else', () => {
    const html = render({ state: DEFAULT_PANEL_STATE });
    expect(html).toContain('<strong>Why not strong:</strong> Machine learning is a small part of the described work.');
    expect(html.indexOf('data-testid="verdict-reason"')).toBeLessThan(html.indexOf('What moved the score'));
  });

  it('lists what moved the score, each item a button onto its evidence, and does not repeat those flags', () => {
    const html = render({ state: DEFAULT_PANEL_STATE });
    expect(html).toMatch(/data-mover="check:ships"[^]*\+20[^]*Ships/);
    expect(html).toMatch(/data-mover="flag:buzzword-heavy"[^]*−10/);
    expect(html).toContain('aria-expanded="false" aria-controls=');
    expect(html).not.toContain('data-flag="buzzword-heavy"');
  });

  it('renders hostile page text as text, never as markup', () => {
    const html = render();
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops a script link from the incomplete-analysis banner', () => {
    const html = render();
    expect(html).toContain('Roles hidden');
    expect(html).not.toContain('javascript:');
  });

  it('shows a badge with the score when collapsed', () => {
    const html = render({ state: { ...DEFAULT_PANEL_STATE, collapsed: true } });
    expect(html).toContain('data-testid="badge"');
    expect(html).toContain('aria-label="Shipcheck: Potential, score 64. Expand"');
    expect(html).not.toContain('data-check');
  });

  describe('when there is not enough evidence', () => {
    const insufficient: Screening = {
      ...screening,
      verdict: 'insufficient',
      score: 0,
      reasons: ['Not enough evidence: only 12 words of text, and no work described with tools, results or production.'],
      incomplete: [
        {
          section: 'experience',
          message: 'The profile announces 4 experience entries; open its details page to read them',
          seeAllUrl: 'https://www.linkedin.com/in/someone/details/experience/',
        },
      ],
    };
    const view = { status: 'ready', url: document.url!, screening: insufficient, document } as const;

    it('shows the state, its reason, what could not be read and what to open next, and no score', () => {
      const html = render({ view });
      expect(html).toContain('data-verdict="insufficient"');
      expect(html).toContain('Not enough evidence');
      expect(html).toContain('<strong>Why:</strong> Only 12 words of text');
      expect(html).toContain('The profile announces 4 experience entries');
      expect(html).toContain('href="https://www.linkedin.com/in/someone/details/experience/"');
      expect(html).not.toContain('data-testid="score"');
      expect(html).not.toContain('>0<');
      expect(html).not.toContain('What moved the score');
    });

    it('shows the label on the collapsed badge, not a score', () => {
      const html = render({ view, state: { ...DEFAULT_PANEL_STATE, collapsed: true } });
      expect(html).toContain('aria-label="Shipcheck: Not enough evidence. Expand"');
      expect(html).toMatch(/data-testid="badge-value">Not enough evidence</);
    });
  });

  it.each([
    ['loading', { status: 'loading', url: document.url! } as const, 'Reading the profile'],
    ['error', { status: 'error', url: document.url!, message: 'It broke' } as const, 'It broke'],
  ])('shows the %s state', (_name, view, text) => {
    const html = render({ view });
    expect(html).toContain(text);
    expect(html).not.toContain('data-verdict');
  });

  it('offers highlight controls only where there is page text to paint', () => {
    const painter = { show: () => ({ found: 0, missing: 0, stops: 0 }), step: () => undefined, clear: () => undefined };
    expect(render()).not.toContain('class="toggle"');
    expect(render({ highlighter: painter })).toContain('class="toggle"');
  });

  it('renders the save slot with the screening and document', () => {
    const html = render({ renderSave: (s, d) => <span data-testid="save">{`${s.score}:${d.source}`}</span> });
    expect(html).toContain('64:linkedin');
  });
});

describe('displayName', () => {
  it.each([
    [{ name: 'Ada' }, 'Ada'],
    [{ url: 'https://github.com/octo/repo' }, 'octo/repo'],
    [{ url: 'not a url' }, undefined],
    [{}, undefined],
  ])('names %j as %s', (partial, expected) => {
    expect(displayName({ ...screening, name: undefined, url: undefined, ...partial })).toBe(expected);
  });
});
