import type { Block, Section } from '../../model/candidate-document';
import { artifactTypeOfPath } from '../../knowledge/artifacts/artifact-type';
import { escapeRegExp } from '../../knowledge/escape-reg-exp';
import { cleanText, textLines } from '../dom/text-lines';
import { parseCount } from './read-github-profile';

function text(el: Element | null | undefined): string {
  return el ? cleanText(textLines(el).join(' ')) : '';
}

/** "owner/repo" as the page shows it in its header (itemprop author / name), lower-case. */
export function repoOnPage(root: ParentNode): string | undefined {
  const owner = text(root.querySelector('[itemprop="author"] a, [itemprop="author"]'));
  const name = text(root.querySelector('strong[itemprop="name"] a, [itemprop="name"] a'));
  return owner && name ? `${owner}/${name}`.toLowerCase() : undefined;
}

interface FileEntry {
  path: string;
  isDirectory: boolean;
  url: string;
}

/**
 * Entries of the file list: links to /owner/repo/blob|tree/<ref>/<path> outside the README. GitHub prints each
 * name twice (small- and large-screen cells) and collapses single-child folders into one link (".github/workflows").
 */
function fileEntries(root: ParentNode, repo: string): FileEntry[] {
  const pattern = new RegExp(`^(?:https://github\\.com)?/${escapeRegExp(repo)}/(blob|tree)/([^/]+)/(.+?)/?$`, 'i');
  const entries = new Map<string, FileEntry>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (a.closest('article, .markdown-body, #readme')) continue;
    const m = pattern.exec(a.getAttribute('href') ?? '');
    if (!m) continue;
    let path = m[3];
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the path as printed
    }
    if (!entries.has(path)) entries.set(path, { path, isDirectory: m[1] === 'tree', url: `https://github.com/${repo}/${m[1]}/${m[2]}/${m[3]}` });
  }
  return [...entries.values()];
}

function description(root: ParentNode): string {
  const about = Array.from(root.querySelectorAll('h2')).find((h) => /^about$/i.test(text(h)));
  const p = about?.parentElement?.querySelector('p');
  return text(p) || text(root.querySelector('[itemprop="about"], .repository-meta-content, .f4.my-3'));
}

function languages(root: ParentNode): string[] {
  const names = Array.from(root.querySelectorAll('a[href*="/search?l="]')).map((a) => text(a.querySelector('span') ?? a).replace(/\s*[\d.]+%$/, ''));
  const legacy = Array.from(root.querySelectorAll('.repository-lang-stats-numbers .lang, .BorderGrid [itemprop="programmingLanguage"]')).map((e) => text(e));
  return [...new Set([...names, ...legacy].filter(Boolean))];
}

/** A repository overview: description, topics, languages, stars, README, and the production artifacts of its file list. */
export function readGitHubRepo(root: ParentNode, repo: string, nextId: () => string): Section[] {
  const topics = Array.from(root.querySelectorAll('a.topic-tag, a[href^="/topics/"]'))
    .map((a) => text(a))
    .filter(Boolean);
  const starsEl = root.querySelector('#repo-stars-counter-star, a[href$="/stargazers"] strong, a.social-count[href$="/stargazers"]');
  const stars = starsEl ? parseCount(starsEl.getAttribute('title') ?? text(starsEl)) : undefined;
  const about = description(root);
  const skills = [...new Set([...languages(root), ...topics])];
  const url = `https://github.com/${repo}`;
  const project: Block[] = [{ id: nextId(), text: about || repo, title: repo, url, skills: skills.length ? skills : undefined, stars }];
  const readme = root.querySelector('#readme article, article.markdown-body');
  const readmeLines = readme ? textLines(readme) : [];
  if (readmeLines.length > 0) project.push({ id: nextId(), text: readmeLines.join('\n'), title: `${repo} README`, url: `${url}#readme` });

  const sections: Section[] = [{ kind: 'projects', heading: repo, blocks: project }];
  const artifacts = fileEntries(root, repo)
    .filter((e) => artifactTypeOfPath(e.path, e.isDirectory))
    .map((e) => ({ id: nextId(), text: e.isDirectory ? `${e.path}/` : e.path, url: e.url, org: repo }));
  if (artifacts.length > 0) sections.push({ kind: 'artifacts', heading: 'Production files in the repository', blocks: artifacts });
  return sections;
}
