import type { Person } from '../../model/candidate-document';
import { cleanText, isBlockElement, textLines } from '../dom/text-lines';

const BADGE_PARTS =
  /\(?\b(he|she|they|ze|xe)\s*\/\s*\w+(\s*\/\s*\w+)?\)?|\b(1st|2nd|3rd\+?)(\s+degree connection)?|·|\b(verified|premium|open to work|hiring|contact info)\b|\d[\d,.]*\+?\s+(connections|followers)/gi;

/** Pronouns, connection degree and status badges printed between the name and the headline. */
function isBadge(line: string): boolean {
  return line.replace(BADGE_PARTS, '').trim().length === 0;
}

/**
 * Badges are judged string by string: LinkedIn prints "1st degree connection" and "1st" in two spans with
 * no space between them, and their joined text ("1st degree connection1st") matches no badge pattern.
 */
function isBadgeElement(el: Element): boolean {
  const strings: string[] = [];
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) strings.push(cleanText(child.textContent ?? ''));
      else if (child.nodeType === 1) walk(child as Element);
    }
  };
  walk(el);
  return strings.every((text) => text === '' || isBadge(text));
}

const NOT_HEADLINE = 'button, svg, code, script, style, [hidden], [aria-hidden="true"]';

/**
 * The headline by structure: the first block of text after the name that holds no other block. The name
 * row's pronouns and connection degree are inline spans beside the h1, not a block of their own.
 */
function headlineAfter(h1: Element, card: Element, name: string): string | undefined {
  let passedName = false;
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (el === h1) {
      passedName = true;
      continue;
    }
    if (!passedName || h1.contains(el) || el.contains(h1) || !isBlockElement(el) || el.closest(NOT_HEADLINE)) continue;
    if (Array.from(el.querySelectorAll('*')).some(isBlockElement)) continue;
    const text = cleanText(textLines(el).join(' '));
    if (text && text !== name && !isBadgeElement(el)) return text;
  }
  return undefined;
}
const CONTACT_INFO = /\s*·?\s*contact info$/i;

/** The name from the tab title when no h1 is shown ("Experience | Ada Kowalczyk | LinkedIn" on /details/ pages). */
function nameOfTitle(title: string): string | undefined {
  const parts = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(' | ')
    .map(cleanText)
    .filter((p) => p && !/^linkedin$/i.test(p));
  return parts.length > 0 ? parts[parts.length - 1] : undefined;
}

/** The <section> around the h1, or without that hook the nearest ancestor that also holds the contact-info link. */
function topCardOf(h1: Element, main: Element): Element {
  const section = h1.closest('section');
  if (section) return section;
  let el: Element = h1;
  for (let i = 0; i < 8 && el.parentElement && el !== main; i++) {
    el = el.parentElement;
    if (Array.from(el.querySelectorAll('a')).some((a) => CONTACT_INFO.test(cleanText(a.textContent ?? '')))) return el;
  }
  return h1.parentElement ?? main;
}

/** Name, headline and location from the top card: the card around the first h1 in main. */
export function readTopCard(main: Element, documentTitle?: string): Omit<Person, 'links'> {
  const h1 = main.querySelector('h1');
  const name = h1 ? cleanText(textLines(h1).join(' ')) : undefined;
  if (!h1 || !name) return { name: documentTitle ? nameOfTitle(documentTitle) : undefined };
  const lines = textLines(topCardOf(h1, main));
  const at = lines.findIndex((l) => l === name || l.startsWith(name));
  const headline = headlineAfter(h1, topCardOf(h1, main), name);
  const contact = lines.findIndex((l) => CONTACT_INFO.test(l));
  let location: string | undefined;
  if (contact >= 0) {
    const own = lines[contact]
      .replace(CONTACT_INFO, '')
      .replace(/\s*·\s*$/, '')
      .trim();
    location = own || (contact > at + 1 ? lines[contact - 1] : undefined);
    if (location === headline) location = undefined;
  }
  return { name, headline, location };
}
