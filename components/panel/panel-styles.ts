import { EVIDENCE_KINDS, HIGHLIGHT_KINDS } from '../../lib/highlight/highlight-kinds';

const kindColours = (scheme: 'light' | 'dark') => EVIDENCE_KINDS.map((kind) => `--kind-${kind}: ${HIGHLIGHT_KINDS[kind][scheme]};`).join(' ');

/**
 * The panel's whole stylesheet, adopted by its shadow root as a constructed stylesheet: no CSS file,
 * no <link>, nothing the page can probe. `all: initial` on the host keeps the page's CSS out.
 */
export const PANEL_CSS = `
:host { all: initial; }
.root {
  --bg: #ffffff; --bg-soft: #f6f7f9; --bg-hover: #eef0f4; --fg: #1b1f24; --fg-soft: #57606a; --border: #d8dde3;
  --accent: #2f6feb; --strong: #1a7f37; --strong-bg: #dafbe1; --potential: #9a6700; --potential-bg: #fff4c2;
  --pass: #b42318; --pass-bg: #ffe4e0; --high: #d1242f; --medium: #bf8700; --low: #6e7781; --focus: #2f6feb;
  --shadow: 0 12px 32px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  ${kindColours('light')}
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
  -webkit-font-smoothing: antialiased;
}
@media (prefers-color-scheme: dark) {
  .root {
    --bg: #161b22; --bg-soft: #1f2630; --bg-hover: #27303b; --fg: #e6edf3; --fg-soft: #9da7b3; --border: #30363d;
    --accent: #58a6ff; --strong: #3fb950; --strong-bg: #12361e; --potential: #d29922; --potential-bg: #3b2e0a;
    --pass: #f85149; --pass-bg: #3d1416; --high: #f85149; --medium: #d29922; --low: #8b949e; --focus: #58a6ff;
    --shadow: 0 12px 32px rgba(0, 0, 0, 0.55), 0 2px 6px rgba(0, 0, 0, 0.4);
    ${kindColours('dark')}
  }
}
*, *::before, *::after { box-sizing: border-box; }
button { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.panel:focus-visible { outline-offset: -2px; }
.frame { position: fixed; z-index: 2147483646; }
.frame.docked { position: static; }
.panel {
  width: 360px; max-height: min(78vh, 720px); display: flex; flex-direction: column;
  background: var(--bg); border: 1px solid var(--border); border-radius: 14px; box-shadow: var(--shadow); overflow: hidden;
}
.docked .panel { width: 100%; max-height: calc(100vh - 32px); box-shadow: none; }
.header {
  display: flex; align-items: center; gap: 8px; padding: 10px 10px 10px 14px; border-bottom: 1px solid var(--border);
  background: var(--bg-soft); cursor: grab; user-select: none; touch-action: none;
}
.docked .header { cursor: default; }
.header.dragging { cursor: grabbing; }
.brand { font-weight: 700; letter-spacing: 0.01em; }
.brand-mark { display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 6px; background: var(--accent); color: #fff; font-size: 11px; font-weight: 800; margin-right: 6px; vertical-align: -4px; }
.header-title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--fg-soft); }
.icon-button {
  display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 8px; border: 1px solid transparent;
  background: transparent; cursor: pointer; color: var(--fg-soft);
}
.icon-button:hover { background: var(--bg-hover); color: var(--fg); }
.body { overflow-y: auto; padding: 12px 14px 14px; display: flex; flex-direction: column; gap: 12px; }
.summary { display: flex; align-items: center; gap: 12px; }
.score { position: relative; width: 58px; height: 58px; flex: none; }
.score svg { width: 58px; height: 58px; transform: rotate(-90deg); }
.score-track { fill: none; stroke: var(--bg-hover); stroke-width: 6; }
.score-value { fill: none; stroke-width: 6; stroke-linecap: round; }
.score-number { position: absolute; inset: 0; display: grid; place-items: center; font-size: 18px; font-weight: 700; }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.verdict-strong { color: var(--strong); background: var(--strong-bg); }
.verdict-potential { color: var(--potential); background: var(--potential-bg); }
.verdict-pass { color: var(--pass); background: var(--pass-bg); }
.verdict-insufficient { color: var(--fg-soft); background: var(--bg-hover); }
.stroke-strong { stroke: var(--strong); } .stroke-potential { stroke: var(--potential); } .stroke-pass { stroke: var(--pass); }
.who { min-width: 0; }
.who-name { font-weight: 650; font-size: 14px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.who-headline { color: var(--fg-soft); font-size: 12px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.role { color: var(--fg-soft); font-size: 11px; margin-top: 4px; }
.reason { margin: 8px 0 0; font-size: 13px; line-height: 1.4; }
.insufficient { display: flex; flex-direction: column; gap: 10px; }
.plain-list { margin: 0; padding-left: 16px; font-size: 12px; }
.plain-list li + li { margin-top: 3px; }
.plain-list a { color: var(--accent); font-weight: 600; }
.mover-button {
  width: 100%; display: flex; align-items: baseline; gap: 8px; text-align: left; border: 0; background: transparent; padding: 3px 4px;
  border-radius: 8px; cursor: pointer;
}
.mover-button:hover { background: var(--bg-hover); }
.mover-points { flex: none; min-width: 42px; font-weight: 700; font-variant-numeric: tabular-nums; }
.mover-points.plus { color: var(--strong); }
.mover-points.minus { color: var(--pass); }
.mover-label { flex: 1; min-width: 0; font-weight: 550; }
.mover-open { flex: none; color: var(--fg-soft); font-size: 11px; }
.mover-quotes { padding: 2px 0 4px 54px; }
.banner { border: 1px solid var(--medium); background: var(--potential-bg); border-radius: 10px; padding: 8px 10px; font-size: 12px; }
.banner a { color: var(--accent); font-weight: 600; }
.banner ul { margin: 4px 0 0; padding-left: 16px; }
.banner li + li { margin-top: 2px; }
.link-button { border: 0; background: transparent; color: var(--accent); font-weight: 600; font-size: 12px; cursor: pointer; padding: 2px 0 0 16px; }
.error { border: 1px solid var(--pass); background: var(--pass-bg); border-radius: 10px; padding: 8px 10px; }
.section-title { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--fg-soft); margin: 0 0 6px; }
.list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.item { display: flex; gap: 8px; align-items: flex-start; }
.item-main { flex: 1; min-width: 0; }
.item-line { font-weight: 550; }
.item-note { color: var(--fg-soft); font-size: 12px; }
.rule-id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 10.5px; color: var(--fg-soft); white-space: nowrap; }
.dot { flex: none; width: 8px; height: 8px; border-radius: 50%; margin-top: 6px; }
.sev-high { background: var(--high); } .sev-medium { background: var(--medium); } .sev-low { background: var(--low); }
.status { flex: none; display: inline-grid; place-items: center; width: 18px; height: 18px; border-radius: 50%; font-size: 11px; font-weight: 800; margin-top: 1px; }
.status-pass { background: var(--strong-bg); color: var(--strong); }
.status-fail { background: var(--pass-bg); color: var(--pass); }
.status-unknown { background: var(--bg-hover); color: var(--fg-soft); }
.quote { margin: 4px 0 0; padding: 4px 8px; border-left: 3px solid var(--border); color: var(--fg-soft); font-size: 12px; font-style: italic; overflow-wrap: anywhere; }
.quote-where { font-style: normal; font-size: 11px; opacity: 0.85; }
.toggle {
  flex: none; border: 1px solid var(--border); background: var(--bg); border-radius: 999px; padding: 1px 8px; font-size: 11px;
  cursor: pointer; color: var(--fg-soft); white-space: nowrap;
}
.toggle:hover { background: var(--bg-hover); }
.toggle[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.toolbar { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; padding: 8px 10px; border-radius: 10px; background: var(--bg-soft); }
.legend { display: flex; gap: 8px; flex-wrap: wrap; flex: 1; font-size: 11px; color: var(--fg-soft); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 3px; vertical-align: -1px; }
.nav { display: flex; align-items: center; gap: 4px; font-size: 11px; color: var(--fg-soft); }
.switch { display: inline-flex; align-items: center; gap: 6px; font-size: 11px; cursor: pointer; border: 0; background: transparent; color: var(--fg-soft); padding: 2px; }
.switch-track { width: 26px; height: 14px; border-radius: 999px; background: var(--border); position: relative; transition: background 0.15s; }
.switch-track::after { content: ""; position: absolute; top: 2px; left: 2px; width: 10px; height: 10px; border-radius: 50%; background: #fff; transition: transform 0.15s; }
.switch[aria-checked="true"] .switch-track { background: var(--accent); }
.switch[aria-checked="true"] .switch-track::after { transform: translateX(12px); }
.details-button {
  width: 100%; border: 1px solid var(--border); background: var(--bg); border-radius: 10px; padding: 7px 10px; cursor: pointer;
  font-weight: 600; display: flex; justify-content: space-between; align-items: center;
}
.details-button:hover { background: var(--bg-hover); }
.tabs { display: flex; flex-wrap: wrap; gap: 0 2px; border-bottom: 1px solid var(--border); }
.tab { border: 0; background: transparent; padding: 6px 7px; cursor: pointer; color: var(--fg-soft); border-bottom: 2px solid transparent; font-size: 12px; white-space: nowrap; }
.tab[aria-selected="true"] { color: var(--fg); border-bottom-color: var(--accent); font-weight: 650; }
.tabpanel { padding-top: 10px; display: flex; flex-direction: column; gap: 12px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.chips + .chips { margin-top: 4px; }
.chips-label { font-size: 11px; color: var(--fg-soft); min-width: 64px; }
.chip { border: 1px solid var(--border); border-radius: 999px; padding: 1px 8px; font-size: 12px; background: var(--bg); cursor: pointer; }
.chip-used { border-color: var(--kind-tool); background: var(--kind-tool); }
.chip[aria-pressed="true"] { outline: 2px solid var(--accent); }
.muted { color: var(--fg-soft); font-size: 12px; }
.meter { height: 6px; border-radius: 999px; background: var(--bg-hover); overflow: hidden; margin: 4px 0; }
.meter > span { display: block; height: 100%; background: var(--kind-buzzword); }
.loading { display: flex; align-items: center; gap: 10px; color: var(--fg-soft); padding: 6px 0; }
.spinner { width: 18px; height: 18px; border-radius: 50%; border: 2px solid var(--border); border-top-color: var(--accent); animation: spin 0.8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
.badge {
  display: inline-flex; align-items: center; gap: 6px; padding: 6px 10px 6px 6px; border-radius: 999px; border: 1px solid var(--border);
  background: var(--bg); box-shadow: var(--shadow); cursor: pointer; font-weight: 700;
}
.badge .brand-mark { margin: 0; }
.save-slot { border-top: 1px solid var(--border); padding-top: 10px; }
`;
