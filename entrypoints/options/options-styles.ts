/** The options page's own additions to the shared page styles: the must-have tool checks under the field. */
export const OPTIONS_CSS = `
.tool-checks { list-style: none; margin: 2px 0 0; padding: 0; display: grid; gap: 3px; font-size: 13px; }
.tool-check { padding: 3px 8px; border-radius: 6px; border-left: 3px solid var(--border); }
.tool-check.known { color: var(--fg-soft); border-left-color: var(--ok); }
.tool-check.attention { border-left-color: var(--danger); background: color-mix(in srgb, var(--danger) 6%, var(--card)); }
.suggestion { font: inherit; font-weight: 600; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
`;
