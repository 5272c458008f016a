import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CandidateDocument } from '../../model/candidate-document';
import { readGitHubPage } from './read-github-page';

const NOW = new Date('2025-01-15T10:00:00Z');

function page(name: string): Document {
  const html = readFileSync(new URL(`../../../tests/fixtures/github/${name}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

describe('readGitHubPage on a user profile', () => {
  const doc = readGitHubPage(page('ml-user-profile.html'), 'https://github.com/msolberg-ml', NOW);

  it('reads the vcard: name, login, bio, company, location and links', () => {
    expect(CandidateDocument.safeParse(doc).success).toBe(true);
    expect(doc.identity).toEqual({ kind: 'github', id: 'msolberg-ml' });
    expect(doc.person).toEqual({
      name: 'Mira Solberg',
      headline: 'ML engineer. I put forecasting models in production and keep them healthy: serving, drift monitoring, retraining.',
      location: 'Oslo, Norway',
      links: ['https://github.com/msolberg-ml', 'https://mira-solberg.example.dev', 'https://www.linkedin.com/in/mira-solberg-ml'],
    });
    expect(doc.sections[0].blocks[0]).toMatchObject({ org: '@northwind-fixture', text: doc.person.headline });
  });

  it('reads the profile README as text', () => {
    const readme = doc.sections[0].blocks[1];
    expect(readme.title).toBe('Profile README');
    expect(readme.text).toContain('Serving 40M predictions a day with FastAPI on Kubernetes, p99 under 50 ms');
    expect(readme.text.split('\n')[0]).toBe("Hi, I'm Mira 👋");
  });

  it('reads each pinned repository once, with description, language and stars', () => {
    const repos = doc.sections.find((s) => s.kind === 'projects');
    expect(repos?.heading).toBe('Pinned');
    expect(repos?.blocks.map((b) => [b.title, b.skills, b.stars, b.org, b.url])).toEqual([
      ['forecast-serving', ['Python'], 412, undefined, 'https://github.com/msolberg-ml/forecast-serving'],
      ['drift-watch', ['Python'], 87, undefined, 'https://github.com/msolberg-ml/drift-watch'],
      ['feast-redis-cluster', ['Go'], 1100, undefined, 'https://github.com/msolberg-ml/feast-redis-cluster'],
      ['triton-ensembles', ['Jupyter Notebook'], 23, 'fork of inference-lab/triton-examples', 'https://github.com/msolberg-ml/triton-ensembles'],
    ]);
    expect(repos?.blocks[0].text).toBe('Demand-forecast model serving with FastAPI, Docker and Helm; canary rollouts and Prometheus metrics.');
  });

  it('reads nothing when the page still shows another user', () => {
    const stale = readGitHubPage(page('ml-user-profile.html'), 'https://github.com/other-user', NOW);
    expect(stale.sections).toEqual([]);
    expect(stale.identity?.id).toBe('other-user');
    expect(stale.warnings[0]).toContain('msolberg-ml');
  });

  it('reads the 2018 vcard layout', () => {
    const { document } = parseHTML(`<html><body><div class="vcard-names-container"><h1 class="vcard-names">
      <span class="p-name vcard-fullname d-block" itemprop="name">Jane Roe</span>
      <span class="p-nickname vcard-username d-block" itemprop="additionalName">jroe</span></h1></div>
      <ul class="vcard-details"><li itemprop="homeLocation" aria-label="Home location"><span class="p-label">Lisbon</span></li></ul>
      <div class="js-pinned-repos-reorder-container"><h2 class="f4 mb-2 text-normal">Popular repositories</h2><ol class="pinned-repos-list">
      <li class="pinned-repo-item public source"><span class="pinned-repo-item-content"><span class="d-block"><a href="/jroe/churn-model" class="text-bold"><span class="repo js-repo" title="churn-model">churn-model</span></a></span>
      <p class="pinned-repo-desc">Churn prediction served with Flask</p><p class="mb-0 f6 text-gray"><span class="repo-language-color pinned-repo-meta"></span>
      Python <a href="/jroe/churn-model/stargazers" class="pinned-repo-meta muted-link">12</a></p></span></li></ol></div></body></html>`);
    const legacy = readGitHubPage(document as unknown as Document, 'https://github.com/jroe', NOW);
    expect(legacy.person).toMatchObject({ name: 'Jane Roe', location: 'Lisbon' });
    expect(legacy.sections[0]).toMatchObject({ kind: 'projects', heading: 'Popular repositories' });
    expect(legacy.sections[0].blocks[0]).toMatchObject({ title: 'churn-model', skills: ['Python'], stars: 12, text: 'Churn prediction served with Flask' });
  });
});

describe('readGitHubPage on a repository', () => {
  const url = 'https://github.com/msolberg-ml/forecast-serving';
  const doc = readGitHubPage(page('ml-repo.html'), url, NOW);

  it('reads description, topics, languages, stars and README', () => {
    expect(CandidateDocument.safeParse(doc).success).toBe(true);
    expect(doc.identity).toEqual({ kind: 'github', id: 'msolberg-ml' });
    const [repo, readme] = doc.sections[0].blocks;
    expect(repo).toMatchObject({
      title: 'msolberg-ml/forecast-serving',
      text: 'Demand-forecast model serving with FastAPI, Docker and Helm; canary rollouts and Prometheus metrics.',
      stars: 412,
      skills: ['Python', 'Shell', 'Smarty', 'mlops', 'fastapi', 'kubernetes', 'time-series-forecasting', 'lightgbm'],
    });
    expect(readme.text).toContain('A FastAPI app (serve.py) exposes /predict and /health');
    expect(readme.text).toContain('p99 latency 42 ms at 2,000 requests per second.');
  });

  it('lists each production file of the file list once, folders marked with a slash', () => {
    const artifacts = doc.sections.find((s) => s.kind === 'artifacts');
    expect(artifacts?.blocks.map((b) => b.text)).toEqual([
      '.github/workflows/',
      'helm/forecast-serving/',
      'monitoring/',
      'Dockerfile',
      'MLproject',
      'docker-compose.yml',
      'dvc.yaml',
      'serve.py',
    ]);
    expect(artifacts?.blocks[3]).toMatchObject({ url: `${url}/blob/main/Dockerfile`, org: 'msolberg-ml/forecast-serving' });
  });

  it('reads nothing when the page still shows another repository', () => {
    const stale = readGitHubPage(page('ml-repo.html'), 'https://github.com/msolberg-ml/drift-watch', NOW);
    expect(stale.sections).toEqual([]);
    expect(stale.warnings[0]).toContain('msolberg-ml/forecast-serving');
  });

  it('says when the URL is neither a user nor a repository', () => {
    expect(readGitHubPage(page('ml-repo.html'), 'https://github.com/settings/profile', NOW).warnings).toEqual(['not a GitHub user or repository page']);
  });
});
