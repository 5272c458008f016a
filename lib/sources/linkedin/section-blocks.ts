import type { Block, DateRange, SectionKind } from '../../model/candidate-document';
import type { EntityDraft } from './profile-entities';
import { dateOfCaption, groupOfHeader, roleOfHeader, skillsOfHint, type GroupContext } from './role-lines';

export type NextId = (kind: SectionKind) => string;

function unique(values: string[]): string[] | undefined {
  const out = [...new Set(values)];
  return out.length > 0 ? out : undefined;
}

function roleBlock(draft: EntityDraft, id: string, kind: SectionKind, group?: GroupContext): Block {
  const fields = roleOfHeader(draft.header, group);
  // Volunteering prints the cause where experience prints the location.
  if (kind === 'volunteering') fields.location = undefined;
  return {
    id,
    text: draft.description.join('\n') || fields.title || fields.org || '',
    ...fields,
    skills: unique(draft.skillHints.flatMap(skillsOfHint)),
  };
}

function roleBlocks(drafts: EntityDraft[], kind: SectionKind, nextId: NextId): Block[] {
  return drafts.flatMap((d) => {
    if (d.children.length === 0) return [roleBlock(d, nextId(kind), kind)];
    const group = groupOfHeader(d.header);
    return d.children.map((c) => roleBlock(c, nextId(kind), kind, group));
  });
}

/** Header lines without their date captions, and the first caption's dates: each line is read once. */
function splitDates(lines: string[]): { undated: string[]; dates?: DateRange } {
  const undated: string[] = [];
  let dates: DateRange | undefined;
  for (const line of lines) {
    const caption = dateOfCaption(line);
    if (!caption) undated.push(line);
    else dates ??= caption;
  }
  return { undated, dates };
}

function educationBlock(d: EntityDraft, id: string): Block {
  const [school, ...rest] = d.header;
  const { undated, dates } = splitDates(rest);
  const degree = undated[0];
  return {
    id,
    text: [...undated, ...d.description].join('\n') || school || '',
    title: degree,
    org: school,
    dates,
  };
}

function titledBlock(d: EntityDraft, id: string): Block {
  const [title, ...rest] = d.header;
  const { undated, dates } = splitDates(rest);
  const associated = d.description.find((l) => /^associated with /i.test(l));
  const description = d.description.filter((l) => l !== associated);
  return {
    id,
    text: [title, ...description].filter(Boolean).join('\n'),
    title,
    org: associated ? associated.replace(/^associated with /i, '') : undated[0],
    dates,
  };
}

function certificationBlock(d: EntityDraft, id: string): Block {
  const [title, issuer, ...rest] = d.header;
  const dated = issuer && dateOfCaption(issuer);
  return {
    id,
    text: title ?? '',
    title,
    org: dated ? undefined : issuer,
    dates: dated || splitDates(rest).dates,
  };
}

function lineBlock(d: EntityDraft, id: string): Block {
  return { id, text: d.header.length > 1 ? `${d.header[0]} (${d.header.slice(1).join(', ')})` : (d.header[0] ?? '') };
}

function skillBlock(d: EntityDraft, id: string): Block {
  return { id, text: d.header[0] ?? '' };
}

/** Turns the drafted entries of one section into blocks, with the structure each kind of card prints. */
export function blocksOfSection(kind: SectionKind, drafts: EntityDraft[], nextId: NextId): Block[] {
  switch (kind) {
    case 'experience':
    case 'volunteering':
      return roleBlocks(drafts, kind, nextId);
    case 'education':
      return drafts.map((d) => educationBlock(d, nextId(kind)));
    case 'certifications':
      return drafts.map((d) => certificationBlock(d, nextId(kind)));
    case 'skills':
      return drafts.map((d) => skillBlock(d, nextId(kind)));
    case 'languages':
      return drafts.map((d) => lineBlock(d, nextId(kind)));
    default:
      return drafts.map((d) => titledBlock(d, nextId(kind)));
  }
}

/** Skills cards say where a skill was used ("PyTorch — Senior ML Engineer at Northwind"): attach it to that role. */
export function linkSkillsToRoles(skillDrafts: EntityDraft[], roles: Block[]): void {
  for (const d of skillDrafts) {
    const skill = d.header[0];
    if (!skill) continue;
    for (const line of d.description) {
      const at = line.lastIndexOf(' at ');
      if (at < 0) continue;
      const title = line.slice(0, at);
      const org = line.slice(at + 4);
      const role = roles.find((r) => r.title === title && r.org === org);
      if (role && !(role.skills ?? []).includes(skill)) role.skills = [...(role.skills ?? []), skill];
    }
  }
}
