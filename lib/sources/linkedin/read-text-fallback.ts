import type { SectionKind } from '../../model/candidate-document';
import type { EntityDraft } from './profile-entities';
import { isIgnoredProfileHeading, sectionKindOfProfileHeading } from './profile-sections';
import { parseShowAll } from './detect-truncation';
import { dateOfCaption, isDurationOnly, isEmploymentType, isSkillHint } from './role-lines';

export interface TextSegment {
  kind: SectionKind | undefined;
  heading: string;
  lines: string[];
}

/** Cuts main's text into sections at the profile's heading lines; cards about other people get no kind. */
export function segmentByHeadings(lines: string[]): TextSegment[] {
  const segments: TextSegment[] = [{ kind: undefined, heading: '', lines: [] }];
  for (const line of lines) {
    const kind = line.length <= 40 ? sectionKindOfProfileHeading(line) : undefined;
    if (kind || (line.length <= 40 && isIgnoredProfileHeading(line))) segments.push({ kind, heading: line, lines: [] });
    else if (!parseShowAll(line)) segments[segments.length - 1].lines.push(line);
  }
  return segments;
}

function looksLikeLocation(line: string | undefined): boolean {
  return !!line && line.length <= 70 && !/[.!?:;]$/.test(line) && !dateOfCaption(line) && !/^[-•*]/.test(line) && !isSkillHint(line);
}

function hasTypeSuffix(line: string | undefined): boolean {
  const parts = (line ?? '').split(' · ');
  return parts.length > 1 && isEmploymentType(parts[parts.length - 1]);
}

function draft(header: string[]): EntityDraft {
  return { header, description: [], skillHints: [], cut: false, children: [] };
}

/**
 * Rebuilds experience entries from plain lines, anchored on their date captions: the title (and company or
 * employment type) sit just above a caption, the location just below, the description runs to the next entry.
 * A company line followed by a bare duration ("5 yrs 11 mos") opens a group of roles.
 */
export function experienceFromLines(lines: string[]): EntityDraft[] {
  const out: EntityDraft[] = [];
  let group: EntityDraft | undefined;
  let last: EntityDraft | undefined;
  let consumed = 0;
  const spill = (from: number, to: number) => {
    for (const line of lines.slice(from, Math.max(from, to))) {
      if (!last) continue;
      if (isSkillHint(line)) last.skillHints.push(line);
      else last.description.push(line);
    }
  };
  for (let d = 1; d < lines.length; d++) {
    if (!dateOfCaption(lines[d])) continue;
    const typed = isEmploymentType(lines[d - 1]) || hasTypeSuffix(lines[d - 1]);
    const opener = lines.slice(consumed, d - 1).findIndex(isDurationOnly);
    let start: number;
    if (opener > 0) {
      const j = consumed + opener;
      spill(consumed, j - 1);
      start = typed ? d - 2 : d - 1;
      group = draft([lines[j - 1], lines[j], ...lines.slice(j + 1, start).slice(0, 1)]);
      out.push(group);
    } else {
      // Two title-like lines right above a caption are "Title / Company": a standalone entry ends the group.
      const standalone = d - consumed >= 2 && looksLikeLocation(lines[d - 2]) && !typed;
      if (hasTypeSuffix(lines[d - 1]) || standalone) group = undefined;
      start = Math.max(consumed, group && !typed ? d - 1 : d - 2);
      spill(consumed, start);
    }
    const nextIsEntry = [lines[d + 2], lines[d + 3]].some((l) => l !== undefined && (dateOfCaption(l) !== undefined || isDurationOnly(l)));
    const location = looksLikeLocation(lines[d + 1]) && !nextIsEntry ? [lines[d + 1]] : [];
    const entry = draft([...lines.slice(start, d + 1), ...location]);
    if (group) group.children.push(entry);
    else out.push(entry);
    last = entry;
    consumed = d + 1 + location.length;
  }
  spill(consumed, lines.length);
  return out;
}
