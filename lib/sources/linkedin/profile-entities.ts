import { textLines } from '../dom/text-lines';
import { dateOfCaption, isSkillHint } from './role-lines';

/** One entry of a profile section as printed: its header lines, its description and what hangs off it. */
export interface EntityDraft {
  header: string[];
  description: string[];
  skillHints: string[];
  /** The description ends in "…" next to a "see more" control: the text on the page is cut short. */
  cut: boolean;
  /** Roles grouped under a company header. */
  children: EntityDraft[];
}

function tag(el: Element): string {
  return el.tagName.toUpperCase();
}

function isList(el: Element): boolean {
  return tag(el) === 'UL' || tag(el) === 'OL';
}

/** Links to overlays hold per-role skill hints and media thumbnails, not description text. */
function isOverlayLink(el: Element): boolean {
  return tag(el) === 'A' && /\/overlay\//.test(el.getAttribute('href') ?? '');
}

function hasSeeMoreControl(el: Element): boolean {
  return Array.from(el.querySelectorAll('button, a, [role="button"]')).some((b) => /see more/i.test(b.textContent ?? ''));
}

/** The top-most descendants matching `match`, not looking inside a match or inside `fence`. */
function topMost(root: Element, match: (el: Element) => boolean, fence: (el: Element) => boolean = () => false): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (match(child)) out.push(child);
      else if (!fence(child)) walk(child);
    }
  };
  walk(root);
  return out;
}

interface EntityModel {
  isEntity: (el: Element) => boolean;
}

function draftOf(entity: Element, model: EntityModel, depth: number): EntityDraft {
  const nested = (el: Element) => el !== entity && model.isEntity(el);
  const header = textLines(entity, (el) => isList(el) || nested(el) || isOverlayLink(el));
  const lists = topMost(entity, isList, nested);
  const description: string[] = [];
  const skillHints: string[] = [];
  const children: EntityDraft[] = [];
  for (const list of lists) {
    for (const link of topMost(list, isOverlayLink, nested)) {
      for (const line of textLines(link)) if (/skill/i.test(link.getAttribute('href') ?? '') || isSkillHint(line)) skillHints.push(line);
    }
    description.push(...textLines(list, (el) => nested(el) || isOverlayLink(el)));
    if (depth === 0) for (const child of topMost(list, nested)) children.push(draftOf(child, model, depth + 1));
  }
  const last = description[description.length - 1] ?? '';
  return {
    header,
    description: description.filter((l) => !isSkillHint(l)),
    skillHints: [...skillHints, ...description.filter(isSkillHint)],
    cut: /(…|\.\.\.)$/.test(last) && hasSeeMoreControl(entity),
    children,
  };
}

const HOOKED: EntityModel = { isEntity: (el) => el.getAttribute('data-view-name') === 'profile-component-entity' };

/** Without the data-view-name hook: list items whose own header carries a date caption, or top-level items. */
function structuralModel(section: Element): { model: EntityModel; roots: Element[] } {
  const mainList = topMost(section, isList)[0];
  const roots = mainList ? Array.from(mainList.children).filter((c) => tag(c) === 'LI') : [];
  const rootSet = new Set(roots);
  const datedItem = (el: Element) => tag(el) === 'LI' && textLines(el, (e) => isList(e) || isOverlayLink(e)).some((l) => dateOfCaption(l) !== undefined);
  return { model: { isEntity: (el) => rootSet.has(el) || datedItem(el) }, roots };
}

/** The entries of one profile section, keyed on data-view-name when present, on list structure otherwise. */
export function entitiesOfSection(section: Element): EntityDraft[] {
  const hooked = topMost(section, HOOKED.isEntity);
  if (hooked.length > 0) return hooked.map((e) => draftOf(e, HOOKED, 0));
  const { model, roots } = structuralModel(section);
  return roots.map((e) => draftOf(e, model, 0)).filter((d) => d.header.length > 0);
}
