import type { Block, CandidateDocument, Section, SectionKind } from '../../model/candidate-document';
import { findDateRange } from '../date-range';
import { sectionKindOfHeading } from '../section-kind-of-heading';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b(?:linkedin\.com\/in|github\.com)\/[A-Za-z0-9_-]+/g;

function linksIn(text: string): string[] {
  return [...new Set((text.slice(0, 4000).match(URL_PATTERN) ?? []).map((u) => (/^https?:/.test(u) ? u : `https://${u}`)))];
}

function looksLikeName(line: string): boolean {
  return line.length <= 60 && /^[\p{Lu}][\p{L}'.-]*(?:\s+[\p{L}'.-]+){0,4}$/u.test(line) && !sectionKindOfHeading(line);
}

/** Splits "Senior ML Engineer at Acme, Berlin  Jan 2020 – Present" into its parts. */
function roleHeader(line: string): Pick<Block, 'title' | 'org' | 'dates'> {
  const found = findDateRange(line);
  const rest = found ? (line.slice(0, found.index) + line.slice(found.index + found.length)).replace(/[\s|,·—–-]+$/, '').trim() : line;
  const [title, org] = rest.split(/\s+(?:at|@)\s+|\s+[|·—–]\s+|,\s+/, 2).map((s) => s?.trim());
  return { title: title || undefined, org: org || undefined, dates: found?.range };
}

interface Draft {
  kind: SectionKind;
  heading: string;
  blocks: string[][];
}

function startsNewRole(kind: SectionKind, current: string[], line: string): boolean {
  return (kind === 'experience' || kind === 'education') && current.length > 1 && findDateRange(line) !== undefined && !/^[-*•]/.test(line);
}

function toBlocks(draft: Draft, nextId: () => string): Block[] {
  return draft.blocks
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const roleKind = draft.kind === 'experience' || draft.kind === 'education' || draft.kind === 'projects';
      const header = roleKind ? roleHeader(lines[0]) : {};
      const hasHeader = roleKind && (header.dates !== undefined || lines.length > 1);
      return {
        id: nextId(),
        text: (hasHeader ? lines.slice(1) : lines).join('\n') || lines[0],
        ...(hasHeader ? header : {}),
      };
    });
}

/** Reads a plain-text resume: name on top, sections under their headings, roles split at their date lines. */
export function readPlainText(text: string, options: { url?: string; now?: Date } = {}): CandidateDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const firstLines = lines.filter(Boolean).slice(0, 2);
  const name = firstLines[0] && looksLikeName(firstLines[0]) ? firstLines[0] : undefined;
  const headline = name && firstLines[1] && !sectionKindOfHeading(firstLines[1]) && firstLines[1].length < 120 ? firstLines[1] : undefined;

  const drafts: Draft[] = [{ kind: 'summary', heading: '', blocks: [[]] }];
  let skipped = 0;
  for (const line of lines) {
    const current = drafts[drafts.length - 1];
    const block = current.blocks[current.blocks.length - 1];
    if ((line === name || line === headline) && skipped < 2 && drafts.length === 1) {
      skipped++;
      continue;
    }
    const kind = line.length < 48 ? sectionKindOfHeading(line) : undefined;
    if (kind) drafts.push({ kind, heading: line.replace(/:$/, ''), blocks: [[]] });
    else if (!line) {
      if (block.length) current.blocks.push([]);
    } else if (startsNewRole(current.kind, block, line)) current.blocks.push([line]);
    else block.push(line);
  }

  let n = 0;
  const nextId = () => `text-${n++}`;
  const sections: Section[] = drafts
    .map((d) => ({ kind: d.kind, heading: d.heading, blocks: toBlocks(d, nextId) }))
    .filter((s) => s.blocks.length > 0);

  return {
    source: 'text',
    url: options.url,
    capturedAt: (options.now ?? new Date()).toISOString(),
    person: { name, headline, links: linksIn(text) },
    sections,
    incomplete: [],
    warnings: [],
  };
}
