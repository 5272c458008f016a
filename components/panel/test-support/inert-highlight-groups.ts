import type { HighlightGroups } from '../use-highlights';

/** Highlight groups that paint nothing, for rendering a section on its own in a test. */
export const INERT_HIGHLIGHT_GROUPS: HighlightGroups = {
  available: true,
  isActive: () => false,
  toggle: () => undefined,
  allOff: () => undefined,
  step: () => undefined,
  activeCount: 0,
  kinds: [],
  summary: undefined,
  position: undefined,
};
