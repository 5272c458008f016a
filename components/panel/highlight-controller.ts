import type { HighlightSummary, HighlightTarget, StepPosition } from '../../lib/highlight/highlight-layer';

/** What the panel needs from the page to paint evidence: the content script and the PDF page each provide one. */
export interface HighlightController {
  show(targets: readonly HighlightTarget[]): HighlightSummary;
  step(direction: 1 | -1): StepPosition | undefined;
  clear(): void;
}
