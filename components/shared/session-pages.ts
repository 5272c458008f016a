import { browser } from 'wxt/browser';
import { onMessageFromExtension, sendMessage } from '../../lib/messaging/protocol';
import type { CandidateDocument } from '../../lib/model/candidate-document';

/** The part of a storage area this needs; storage.session by default. */
export interface PagesArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

interface PersonPages {
  pages: Record<string, CandidateDocument>;
}

/**
 * Background side: storage.session is the extension pages' only until this opens it to the content scripts (never
 * to the page). Done when the background starts, and again on a content script's request (below).
 */
async function openSessionPagesToContentScripts(): Promise<void> {
  await browser.storage.session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
}

/** Call once in the background: opens storage.session now, and answers content scripts that found it closed. */
export function serveSessionPages(): () => void {
  void openSessionPagesToContentScripts().catch(() => undefined);
  return onMessageFromExtension('openSessionPages', () =>
    openSessionPagesToContentScripts().then(
      () => true,
      () => false,
    ),
  );
}

let opened: Promise<unknown> | undefined;

/**
 * Content side: a tab that loads while the background is still starting finds storage.session closed; the
 * background answers this once it is open. Asked at most once per content script.
 */
function sessionPagesOpened(): Promise<unknown> {
  opened ??= sendMessage('openSessionPages', undefined);
  return opened;
}

const PREFIX = 'shipcheck:pages:';
/** The people whose pages are kept, the most recently read last. */
const INDEX = 'shipcheck:pages-index';
/** People whose pages are kept; the least recently read go first. */
export const KEEP_PEOPLE = 30;

function isPersonPages(value: unknown): value is PersonPages {
  return typeof value === 'object' && value !== null && typeof (value as PersonPages).pages === 'object' && (value as PersonPages).pages !== null;
}

/**
 * Remembers `document` as the page `page` of `person` and returns every page of that person read so far, this one
 * included, so that a profile and its "Show all" pages are screened as one document whichever tab or load read them.
 * Kept in storage.session: in memory, for this browser session only, never written to disk, and bounded to the
 * last KEEP_PEOPLE people.
 */
export async function rememberPage(
  person: string,
  page: string,
  document: CandidateDocument,
  area: PagesArea = browser.storage.session,
): Promise<CandidateDocument[]> {
  const key = PREFIX + person;
  const stored = await readOpened(area, [key, INDEX]);
  const pages = { ...(isPersonPages(stored[key]) ? stored[key].pages : {}), [page]: document };
  const earlier = Array.isArray(stored[INDEX]) ? (stored[INDEX] as unknown[]).filter((name): name is string => typeof name === 'string') : [];
  const people = [...earlier.filter((name) => name !== person), person];
  const dropped = people.slice(0, Math.max(0, people.length - KEEP_PEOPLE));
  // Written behind the screening, which waits only for the read.
  void area
    .set({ [key]: { pages } satisfies PersonPages, [INDEX]: people.slice(dropped.length) })
    .then(() => (dropped.length > 0 ? area.remove(dropped.map((gone) => PREFIX + gone)) : undefined))
    .catch(() => undefined);
  return Object.values(pages);
}

/** storage.session refuses a content script until the background has opened it: then ask, once, and read again. */
async function readOpened(area: PagesArea, keys: string[]): Promise<Record<string, unknown>> {
  try {
    return await area.get(keys);
  } catch {
    await sessionPagesOpened();
    return area.get(keys);
  }
}
