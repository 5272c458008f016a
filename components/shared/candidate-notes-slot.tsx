import type { PanelCandidateStore } from '../../lib/storage/store-client';
import { CandidateNotes, candidateNotesCss } from '../notes/candidate-notes';
import type { PagePanelOptions } from './page-panel-runtime';

/**
 * The Save button and note editor in the panel's save slot, with their styles: the same on every page. The store
 * is the caller's: extension pages read storage themselves (browserCandidateStore), content scripts ask the
 * background (pageCandidateStore), so that a content script does not carry the store's schemas.
 */
export function candidateNotesSlot(store: () => PanelCandidateStore) {
  return {
    extraCss: candidateNotesCss,
    renderSave: (screening, document) => <CandidateNotes screening={screening} document={document} store={store()} />,
  } satisfies Required<PagePanelOptions>;
}
