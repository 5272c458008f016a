import type { Block, Person, Section } from '../../model/candidate-document';
import { cleanText, textLines } from '../dom/text-lines';

function text(el: Element | null | undefined): string {
  return el ? cleanText(textLines(el).join(' ')) : '';
}

/** "412", "1.1k", "2,304" as printed next to the star icon. */
export function parseCount(raw: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*([km])?/i.exec(raw.replace(/\s+/g, ''));
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, '')) * (m[2]?.toLowerCase() === 'k' ? 1000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

/** The login the page shows (itemprop additionalName in every layout since 2012, or the profile meta tag). */
export function loginOnProfilePage(root: ParentNode): string | undefined {
  const shown = text(root.querySelector('[itemprop="additionalName"], .vcard-username, .p-nickname'));
  const meta = root.querySelector('meta[property="profile:username"]')?.getAttribute('content') ?? '';
  const login = shown || meta;
  return login ? login.toLowerCase() : undefined;
}

const REPO_ITEMS = '.pinned-item-list-item, li.pinned-repo-item, ul.repo_list > li, .js-pinned-items-reorder-list > li';

function repoBlock(item: Element, login: string): Omit<Block, 'id'> | undefined {
  const link = Array.from(item.querySelectorAll('a[href]')).find((a) => /^\/[^/]+\/[^/]+\/?$/.test(a.getAttribute('href') ?? ''));
  const href = link?.getAttribute('href');
  if (!link || !href) return undefined;
  const name = text(link.querySelector('.repo') ?? link);
  const description = text(item.querySelector('.pinned-item-desc, .pinned-repo-desc, p.description'));
  const languageEl = item.querySelector('[itemprop="programmingLanguage"]');
  const legacyLanguage = Array.from(item.querySelectorAll('.repo-stats > li')).find((li) => !li.getAttribute('class'));
  const language = languageEl
    ? text(languageEl)
    : legacyLanguage
      ? text(legacyLanguage)
      : text(item.querySelector('.repo-language-color')?.parentElement).replace(/\s*\d[\d,.]*k?\s*$/i, '');
  const stars = item.querySelector('a[href$="/stargazers"], a[href$="/watchers"]');
  const fork = Array.from(item.querySelectorAll('p, span')).find((p) => /^forked from /i.test(text(p)));
  const [owner] = href.replace(/^\//, '').split('/');
  return {
    text: description || name,
    title: name,
    org: fork ? text(fork).replace(/^forked from /i, 'fork of ') : owner.toLowerCase() === login ? undefined : owner,
    url: `https://github.com${href.replace(/\/$/, '')}`,
    skills: language ? [language] : undefined,
    stars: stars ? parseCount(text(stars)) : undefined,
  };
}

function headingOfRepos(root: ParentNode): string {
  const h = root.querySelector('.js-pinned-items-reorder-container h2, .js-pinned-repos-reorder-container h2, .js-repo-filter h2');
  return (h ? text(h) : '').replace(/\s*\(\d+\)$/, '') || 'Repositories';
}

/** A GitHub user profile: the vcard (2012, 2018 and current layouts share its itemprops), pinned repos and README. */
export function readGitHubProfile(root: ParentNode, login: string, nextId: () => string): { person: Person; sections: Section[] } {
  const name = text(root.querySelector('[itemprop="name"].vcard-fullname, .vcard-names [itemprop="name"], h1 [itemprop="name"], .p-name')) || undefined;
  const bioEl = root.querySelector('.p-note, .user-profile-bio, [data-bio-text]');
  const bio = bioEl ? text(bioEl) || cleanText(bioEl.getAttribute('data-bio-text') ?? '') : '';
  const company = text(root.querySelector('[itemprop="worksFor"]')) || undefined;
  const location = text(root.querySelector('[itemprop="homeLocation"]')) || undefined;
  const links = Array.from(root.querySelectorAll('[itemprop="url"] a[href], [itemprop="social"] a[href], a.u-url[href]'))
    .map((a) => a.getAttribute('href') ?? '')
    .filter((h) => /^https?:\/\//.test(h));

  const sections: Section[] = [];
  const summary: Block[] = [];
  if (bio || company) summary.push({ id: nextId(), text: bio || company || '', org: company });
  const readme = root.querySelector('.profile-readme article, article.markdown-body');
  if (readme) {
    const lines = textLines(readme);
    if (lines.length > 0) summary.push({ id: nextId(), text: lines.join('\n'), title: 'Profile README', url: `https://github.com/${login}/${login}` });
  }
  if (summary.length > 0) sections.push({ kind: 'summary', heading: 'Profile', blocks: summary });

  const seen = new Set<string>();
  const repos = Array.from(root.querySelectorAll(REPO_ITEMS))
    .map((item) => repoBlock(item, login))
    .filter((b): b is Omit<Block, 'id'> => b !== undefined && !seen.has(b.url ?? '') && seen.add(b.url ?? '') !== undefined)
    .map((b) => ({ id: nextId(), ...b }));
  if (repos.length > 0) sections.push({ kind: 'projects', heading: headingOfRepos(root), blocks: repos });

  return { person: { name, headline: bio || undefined, location, links: [...new Set(links)] }, sections };
}
