import type { Block, Person, Section } from '../../model/candidate-document';
import { cleanText, textLines } from '../dom/text-lines';
import type { NextId } from './section-blocks';
import { dateOfCaption } from './role-lines';

// The 2021 member profile (pv-profile-section, pv-entity__*) and the 2021 Recruiter profile ("lira",
// #profile-experience): both layouts are frozen, so their own class names are the stable hooks here.

/** The element itself when it matches, else its first matching descendant (saved fragments start at the card). */
function first(root: Element, selector: string): Element | null {
  return root.matches(selector) ? root : root.querySelector(selector);
}

/** Text of an element without its screen-reader labels ("Company Name", "Dates Employed"). */
function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  return cleanText(textLines(el, (e) => /(^|\s)(visually-hidden|hide-a11y|sr-only)(\s|$)/.test(e.getAttribute('class') ?? '')).join(' '));
}

function descriptionOf(el: Element | null): string {
  if (!el) return '';
  return textLines(el)
    .map((l) => l.replace(/\s*…$/, ''))
    .filter((l) => l !== '…' && !/^see (more|less)$/i.test(l))
    .join('\n');
}

function classicRole(el: Element, id: string, org?: string, groupLocation?: string): Block {
  const title = visibleText(el.querySelector('h3'));
  const secondary = el.querySelector('.pv-entity__secondary-title');
  const typeEl =
    secondary?.querySelector('.separator') ??
    Array.from(el.querySelectorAll('h4')).find(
      (h) => !h.className.includes('date-range') && !h.className.includes('location') && !h.querySelector('.pv-entity__bullet-item-v2'),
    );
  const employmentType = typeEl ? visibleText(typeEl) || undefined : undefined;
  const company = secondary
    ? cleanText(
        Array.from(secondary.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join(' '),
      )
    : undefined;
  const range = visibleText(el.querySelector('.pv-entity__date-range'));
  const duration = visibleText(el.querySelector('.pv-entity__bullet-item-v2'));
  const dates = range ? dateOfCaption(duration ? `${range} · ${duration}` : range) : undefined;
  const description = descriptionOf(el.querySelector('.pv-entity__description'));
  return {
    id,
    text: description || title,
    title: title || undefined,
    org: company || org,
    employmentType,
    location: visibleText(el.querySelector('.pv-entity__location')) || groupLocation,
    dates,
  };
}

function classicExperience(section: Element, nextId: NextId): Block[] {
  const items = Array.from(section.querySelectorAll('.pv-position-entity'));
  return items.flatMap((item) => {
    const roles = Array.from(item.querySelectorAll('.pv-entity__position-group-role-item'));
    if (roles.length === 0) return [classicRole(item, nextId('experience'))];
    const org = visibleText(item.querySelector('.pv-entity__company-summary-info h3'));
    return roles.map((r) => classicRole(r, nextId('experience'), org));
  });
}

function classicEducation(section: Element, nextId: NextId): Block[] {
  return Array.from(section.querySelectorAll('.pv-education-entity')).map((item) => {
    const school = visibleText(item.querySelector('.pv-entity__school-name'));
    const degree = [visibleText(item.querySelector('.pv-entity__degree-name')), visibleText(item.querySelector('.pv-entity__fos'))].filter(Boolean).join(', ');
    const dates = dateOfCaption(visibleText(item.querySelector('.pv-entity__dates')));
    return { id: nextId('education'), text: degree || school, title: degree || undefined, org: school || undefined, dates };
  });
}

function classicSkills(main: Element, nextId: NextId): Block[] {
  return Array.from(main.querySelectorAll('.pv-skill-category-entity__name-text'))
    .map((el) => visibleText(el))
    .filter(Boolean)
    .map((text) => ({ id: nextId('skills'), text }));
}

function liraPositions(module: Element | null, kind: 'experience' | 'education', nextId: NextId): Block[] {
  if (!module) return [];
  return Array.from(module.querySelectorAll('li.position')).map((li) => {
    const head = visibleText(li.querySelector('h4'));
    const sub = visibleText(li.querySelector('h5'));
    const range = li.querySelector('.date-range');
    const rangeText = range
      ? cleanText(
          Array.from(range.childNodes)
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join(' '),
        )
      : '';
    const duration = visibleText(range?.querySelector('.duration')).replace(/^\(|\)$/g, '');
    const description = descriptionOf(li.querySelector('.description'));
    const dates = rangeText ? dateOfCaption(duration ? `${rangeText} · ${duration}` : rangeText) : undefined;
    return kind === 'experience'
      ? {
          id: nextId(kind),
          text: description || head,
          title: head || undefined,
          org: sub || undefined,
          location: visibleText(range?.querySelector('.location')) || undefined,
          dates,
        }
      : { id: nextId(kind), text: [sub, description].filter(Boolean).join('\n') || head, title: sub || undefined, org: head || undefined, dates };
  });
}

export function isClassicProfile(main: Element): boolean {
  return first(main, '#experience-section, .pv-profile-section, #profile-experience, #lira-profile, .pv-top-card') !== null;
}

/** Reads the 2021 layouts; sections come back in page order, empty ones left out. */
export function readClassicProfile(main: Element, nextId: NextId): { person: Omit<Person, 'links'>; sections: Section[] } {
  const sections: Section[] = [];
  const add = (kind: Section['kind'], heading: string, blocks: Block[]) => {
    if (blocks.length > 0) sections.push({ kind, heading, blocks });
  };
  const about = first(main, '.pv-about__summary-text, .pv-about-section .inline-show-more-text, #profile-summary .module-body');
  if (about)
    add(
      'summary',
      'About',
      [{ id: nextId('summary'), text: descriptionOf(about) }].filter((b) => b.text),
    );
  const experience = first(main, '#experience-section, .experience-section');
  if (experience) add('experience', 'Experience', classicExperience(experience, nextId));
  add('experience', 'Experience', liraPositions(first(main, '#profile-experience'), 'experience', nextId));
  const education = first(main, '#education-section, .education-section');
  if (education) add('education', 'Education', classicEducation(education, nextId));
  add('education', 'Education', liraPositions(first(main, '#profile-education'), 'education', nextId));
  add('skills', 'Skills', classicSkills(main, nextId));

  const topcard = first(main, '#topcard');
  const person = topcard
    ? {
        name: visibleText(topcard.querySelector('h1')) || undefined,
        headline: visibleText(topcard.querySelector('.title')) || undefined,
        location: visibleText(topcard.querySelector('.location')) || undefined,
      }
    : { name: undefined, headline: undefined, location: undefined };
  return { person, sections };
}
