import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';

/** What the panel shows: it never shows a screening for a URL other than the one it was made for. */
export type PanelView =
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; screening: Screening; document: CandidateDocument }
  | { status: 'error'; url: string; message: string };
