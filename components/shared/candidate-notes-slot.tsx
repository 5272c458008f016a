import { CandidateNotes, candidateNotesCss } from '../notes/candidate-notes';
import type { PagePanelOptions } from './page-panel-runtime';

/** The Save button and note editor in the panel's save slot, with their styles: the same on every page. */
export const CANDIDATE_NOTES_SLOT = {
  extraCss: candidateNotesCss,
  renderSave: (screening, document) => <CandidateNotes screening={screening} document={document} />,
} satisfies Required<PagePanelOptions>;
