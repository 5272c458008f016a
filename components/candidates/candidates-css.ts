import { candidateNotesCss } from '../notes/candidate-notes-css';

/** The side panel's styles: the notes palette and controls, plus the list, toolbar and banners. */
export const candidatesCss = `${candidateNotesCss}
html, body { margin: 0; height: 100%; }
html[data-theme="dark"] body { background: #161a22; }
@media (prefers-color-scheme: dark) { html[data-theme="auto"] body { background: #161a22; } }
#root { height: 100%; }
.sc-app {
  --sc-bg: #ffffff; --sc-fg: #1d2330; --sc-muted: #5b6475; --sc-border: #d5dae3; --sc-accent: #2457d6;
  --sc-accent-fg: #ffffff; --sc-chip: #eef1f7; --sc-ok: #1d7a46; --sc-warn: #8a5a00; --sc-error: #b42318;
  --sc-strong: #1d7a46; --sc-potential: #8a5a00; --sc-pass: #7a2e2e; --sc-focus: #7aa2ff; --sc-hover: #f5f7fb;
  --sc-selected: #e8effe;
  height: 100%; display: flex; flex-direction: column; color: var(--sc-fg); background: var(--sc-bg);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
}
.sc-app[data-theme="dark"] { --sc-hover: #1d2230; --sc-selected: #1f2a44; }
@media (prefers-color-scheme: dark) { .sc-app[data-theme="auto"] { --sc-hover: #1d2230; --sc-selected: #1f2a44; } }
.sc-app select, .sc-app input[type="search"] {
  font: inherit; font-size: 12px; color: var(--sc-fg); background: var(--sc-bg);
  border: 1px solid var(--sc-border); border-radius: 6px; padding: 4px 6px;
}
.sc-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 12px 6px; }
.sc-title { margin: 0; font-size: 15px; font-weight: 700; }
.sc-count { font-weight: 400; font-size: 12px; color: var(--sc-muted); margin-left: 4px; }
.sc-header__actions { display: flex; gap: 4px; }
.sc-header__actions .sc-button { padding: 4px 8px; font-size: 12px; text-decoration: none; display: inline-flex; align-items: center; }
.sc-toolbar { display: grid; gap: 6px; padding: 0 12px 8px; border-bottom: 1px solid var(--sc-border); }
.sc-search { width: 100%; padding: 6px 8px !important; font-size: 13px !important; }
.sc-filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(104px, 1fr)); gap: 4px; }
.sc-filters select { min-width: 0; width: 100%; }
.sc-bulk { display: flex; align-items: center; gap: 8px; padding: 6px 12px; font-size: 12px; color: var(--sc-muted); border-bottom: 1px solid var(--sc-border); min-height: 32px; }
.sc-bulk__all { display: inline-flex; gap: 6px; align-items: center; }
.sc-banner { margin: 8px 12px 0; padding: 6px 8px; border-radius: 6px; font-size: 12px; border: 1px solid var(--sc-border); }
.sc-banner ul { margin: 4px 0; padding-left: 18px; }
.sc-banner--warning { color: var(--sc-warn); }
.sc-banner--error { color: var(--sc-error); }
.sc-link { border: 0; background: none; padding: 0; color: var(--sc-accent); cursor: pointer; font: inherit; text-decoration: underline; }
.sc-muted { color: var(--sc-muted); font-size: 12px; }
.sc-empty { padding: 24px 16px; text-align: center; color: var(--sc-fg); }
.sc-list { flex: 1 1 auto; overflow-y: auto; overflow-x: hidden; contain: strict; }
.sc-row { padding: 8px 12px; border-bottom: 1px solid var(--sc-border); display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; outline: none; }
.sc-row:hover { background: var(--sc-hover); }
.sc-row:focus-visible { box-shadow: inset 3px 0 0 var(--sc-accent); background: var(--sc-hover); }
.sc-row--selected { background: var(--sc-selected); }
.sc-row__top { display: flex; gap: 8px; align-items: flex-start; }
.sc-row__check { margin: 3px 0 0; }
.sc-row__main { flex: 1 1 auto; min-width: 0; }
.sc-row__title { display: flex; gap: 6px; align-items: baseline; min-width: 0; }
.sc-row__name { font-weight: 600; color: var(--sc-fg); text-decoration: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
a.sc-row__name:hover { color: var(--sc-accent); text-decoration: underline; }
.sc-row__sources { display: inline-flex; gap: 3px; flex: none; }
.sc-source { font-size: 10px; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 4px; border-radius: 3px; border: 1px solid var(--sc-border); color: var(--sc-muted); }
.sc-row__headline { color: var(--sc-muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sc-score { flex: none; display: grid; justify-items: center; min-width: 48px; padding: 2px 6px; border-radius: 6px; background: var(--sc-chip); }
.sc-score__value { font-size: 16px; font-weight: 700; line-height: 1.1; }
.sc-score__verdict { font-size: 10px; text-transform: uppercase; letter-spacing: 0.04em; }
.sc-score--strong .sc-score__verdict, .sc-score--strong .sc-score__value { color: var(--sc-strong); }
.sc-score--potential .sc-score__verdict, .sc-score--potential .sc-score__value { color: var(--sc-potential); }
.sc-score--pass .sc-score__verdict, .sc-score--pass .sc-score__value { color: var(--sc-pass); }
.sc-row__reason { padding-left: 22px; font-size: 12px; min-height: 1.4em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sc-score--insufficient { max-width: 84px; text-align: center; }
.sc-score--insufficient .sc-score__verdict { color: var(--sc-muted); text-transform: none; letter-spacing: 0; font-size: 11px; line-height: 1.2; padding: 2px 0; }
.sc-details__reason { font-size: 12px; margin: 2px 0 4px; }
.sc-details__movers { margin: 4px 0; padding-left: 16px; font-size: 12px; }
.sc-points { font-weight: 700; font-variant-numeric: tabular-nums; }
.sc-points--plus { color: var(--sc-ok); }
.sc-points--minus { color: var(--sc-error); }
.sc-row__bottom { display: flex; gap: 6px; align-items: center; padding-left: 22px; min-width: 0; }
.sc-row__bottom .sc-status { flex: none; }
.sc-row__tags { display: flex; gap: 3px; flex: 1 1 auto; min-width: 0; overflow: hidden; white-space: nowrap; mask-image: linear-gradient(to right, #000 85%, transparent); }
.sc-tag--static { padding: 1px 8px; white-space: nowrap; flex: none; }
.sc-row__actions { display: inline-flex; gap: 2px; flex: none; }
.sc-icon-button { border: 1px solid transparent; background: none; color: var(--sc-muted); cursor: pointer; border-radius: 4px; padding: 1px 6px; font-size: 13px; }
.sc-icon-button:hover { border-color: var(--sc-border); color: var(--sc-fg); }
.sc-row__note { padding-left: 22px; color: var(--sc-muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sc-details { display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; padding-left: 22px; }
.sc-details .sc-tags__input { min-width: 0; }
.sc-details__source-head { overflow-wrap: anywhere; }
.sc-details__label { font-size: 12px; font-weight: 600; color: var(--sc-muted); }
.sc-details__source { border-top: 1px dashed var(--sc-border); padding-top: 6px; }
.sc-details__source-head { font-size: 12px; font-weight: 600; }
.sc-details__flags { margin: 4px 0; padding-left: 16px; font-size: 12px; }
.sc-sev { font-size: 10px; text-transform: uppercase; padding: 0 4px; border-radius: 3px; background: var(--sc-chip); }
.sc-sev--high { color: var(--sc-error); }
.sc-sev--medium { color: var(--sc-warn); }
.sc-quote { margin: 3px 0; padding-left: 8px; border-left: 2px solid var(--sc-border); color: var(--sc-muted); font-style: italic; }
.sc-toast-area { position: fixed; left: 12px; right: 12px; bottom: 12px; display: grid; pointer-events: none; }
.sc-toast { pointer-events: auto; justify-self: center; padding: 8px 12px; border-radius: 8px; background: var(--sc-fg); color: var(--sc-bg); font-size: 12px; box-shadow: 0 4px 14px rgba(0,0,0,0.2); }
.sc-toast .sc-link { color: var(--sc-bg); font-weight: 600; }
`;
