// Plain values, read by the schemas in settings.ts and panel-state.ts and by the content scripts, which carry no zod.
// Not annotated with the schemas' types: those are inferred from these values.

/** What a recruiter who never opened the options page gets; also what a corrupt field falls back to. */
export const DEFAULT_SETTINGS = {
  role: 'ml-engineer' as const,
  mustHave: [] as string[],
  autoOpenSites: ['linkedin', 'github'] as Array<'linkedin' | 'github'>,
  panelCorner: 'top-right' as const,
};

export const DEFAULT_PANEL_STATE: { collapsed: boolean; expanded: boolean; position?: { x: number; y: number } } = { collapsed: false, expanded: false };
