/**
 * Styles for CandidateNotes, StatusPicker and TagEditor as one string, so a shadow-root panel can inline
 * them (no stylesheet URL may appear in a LinkedIn page). Colours come from custom properties, light by
 * default, dark with `data-theme="dark"` or, for `auto`, the system setting.
 */
export const candidateNotesCss = `
.sc-notes {
  --sc-bg: #ffffff; --sc-fg: #1d2330; --sc-muted: #5b6475; --sc-border: #d5dae3; --sc-accent: #2457d6;
  --sc-accent-fg: #ffffff; --sc-chip: #eef1f7; --sc-ok: #1d7a46; --sc-warn: #8a5a00; --sc-error: #b42318;
  --sc-strong: #1d7a46; --sc-potential: #8a5a00; --sc-pass: #7a2e2e; --sc-focus: #7aa2ff;
  display: grid; gap: 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--sc-fg); background: var(--sc-bg);
}
.sc-notes[data-theme="dark"], .sc-app[data-theme="dark"] {
  --sc-bg: #161a22; --sc-fg: #e6e9ef; --sc-muted: #9aa3b5; --sc-border: #323949; --sc-accent: #7aa2ff;
  --sc-accent-fg: #0c1020; --sc-chip: #252b38; --sc-ok: #5fd08e; --sc-warn: #f0c060; --sc-error: #ff8a80;
  --sc-strong: #5fd08e; --sc-potential: #f0c060; --sc-pass: #ff9d9d; --sc-focus: #a8c1ff;
}
@media (prefers-color-scheme: dark) {
  .sc-notes[data-theme="auto"], .sc-app[data-theme="auto"] {
    --sc-bg: #161a22; --sc-fg: #e6e9ef; --sc-muted: #9aa3b5; --sc-border: #323949; --sc-accent: #7aa2ff;
    --sc-accent-fg: #0c1020; --sc-chip: #252b38; --sc-ok: #5fd08e; --sc-warn: #f0c060; --sc-error: #ff8a80;
    --sc-strong: #5fd08e; --sc-potential: #f0c060; --sc-pass: #ff9d9d; --sc-focus: #a8c1ff;
  }
}
.sc-notes *, .sc-app * { box-sizing: border-box; }
.sc-notes :focus-visible, .sc-app :focus-visible { outline: 2px solid var(--sc-focus); outline-offset: 1px; }
.sc-notes__header { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.sc-notes__saved { color: var(--sc-ok); font-size: 12px; }
.sc-notes__label { font-weight: 600; font-size: 12px; color: var(--sc-muted); }
.sc-notes__note {
  width: 100%; min-height: 72px; resize: vertical; padding: 6px 8px; border-radius: 6px;
  border: 1px solid var(--sc-border); background: var(--sc-bg); color: var(--sc-fg); font: inherit;
}
.sc-notes__note-state { min-height: 16px; font-size: 12px; color: var(--sc-muted); }
.sc-notes__note-state--saved { color: var(--sc-ok); }
.sc-notes__note-state--error { color: var(--sc-error); }
.sc-notes__count { font-size: 12px; color: var(--sc-muted); }
.sc-notes__count--over { color: var(--sc-error); font-weight: 600; }
.sc-notes__warning { margin: 0; color: var(--sc-warn); font-size: 12px; }
.sc-notes__error { margin: 0; color: var(--sc-error); font-size: 12px; }
.sc-notes__links { display: grid; gap: 4px; font-size: 12px; }
.sc-notes__link { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
.sc-button {
  font: inherit; padding: 5px 10px; border-radius: 6px; border: 1px solid var(--sc-border);
  background: var(--sc-chip); color: var(--sc-fg); cursor: pointer;
}
.sc-button:hover { border-color: var(--sc-accent); }
.sc-button:disabled { opacity: 0.6; cursor: default; }
.sc-button--primary { background: var(--sc-accent); color: var(--sc-accent-fg); border-color: var(--sc-accent); font-weight: 600; }
.sc-button--saved { background: transparent; color: var(--sc-accent); }
.sc-button--danger { color: var(--sc-error); }
.sc-status { display: inline-flex; border: 1px solid var(--sc-border); border-radius: 6px; overflow: hidden; }
.sc-status__option {
  font: inherit; font-size: 12px; padding: 4px 9px; border: 0; border-right: 1px solid var(--sc-border);
  background: var(--sc-bg); color: var(--sc-muted); cursor: pointer;
}
.sc-status__option:last-child { border-right: 0; }
.sc-status__option[aria-checked="true"] { background: var(--sc-chip); color: var(--sc-fg); font-weight: 600; }
.sc-status__option--shortlisted[aria-checked="true"] { color: var(--sc-strong); }
.sc-status__option--maybe[aria-checked="true"] { color: var(--sc-potential); }
.sc-status__option--rejected[aria-checked="true"] { color: var(--sc-pass); }
.sc-status--compact .sc-status__option { padding: 2px 6px; font-size: 11px; }
.sc-tags { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.sc-tags__list { display: contents; list-style: none; margin: 0; padding: 0; }
.sc-tag {
  display: inline-flex; align-items: center; gap: 2px; padding: 1px 4px 1px 8px; border-radius: 999px;
  background: var(--sc-chip); font-size: 12px;
}
.sc-tag__remove { border: 0; background: transparent; color: var(--sc-muted); cursor: pointer; font-size: 14px; line-height: 1; padding: 0 4px; }
.sc-tags__input {
  flex: 1 1 80px; min-width: 80px; font: inherit; font-size: 12px; padding: 3px 6px; border-radius: 6px;
  border: 1px solid var(--sc-border); background: var(--sc-bg); color: var(--sc-fg);
}
`;
