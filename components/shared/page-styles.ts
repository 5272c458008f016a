/** Base styles for the extension's own pages (options, PDF), light and dark. */
export const PAGE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --fg: #1b1f24; --fg-soft: #57606a; --border: #d8dde3; --accent: #2f6feb; --danger: #b42318; --ok: #1a7f37;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  background: var(--bg); color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --card: #161b22; --fg: #e6edf3; --fg-soft: #9da7b3; --border: #30363d; --accent: #58a6ff; --danger: #f85149; --ok: #3fb950; }
}
* { box-sizing: border-box; }
body { margin: 0; }
[hidden] { display: none !important; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 8px; }
.page { max-width: 760px; margin: 0 auto; padding: 32px 24px 64px; }
.wide { max-width: 1280px; }
.lede { color: var(--fg-soft); margin: 0 0 24px; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 14px; padding: 18px 20px; margin-bottom: 16px; }
.field { display: flex; flex-direction: column; gap: 6px; margin-bottom: 14px; }
.field label, .legend-title { font-weight: 600; font-size: 14px; }
.choice, .lede, select, textarea, input[type="text"], .button { font-size: 14px; }
.hint { color: var(--fg-soft); font-size: 13px; }
select, textarea, input[type="text"] {
  font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: 8px 10px;
}
textarea { min-height: 72px; resize: vertical; }
fieldset { border: 0; padding: 0; margin: 0 0 14px; }
.choice { display: flex; gap: 8px; align-items: flex-start; margin: 6px 0; }
.button { font: inherit; font-weight: 600; border: 1px solid var(--border); background: var(--card); color: var(--fg); border-radius: 8px; padding: 8px 14px; cursor: pointer; }
.button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
.button:disabled { opacity: 0.6; cursor: default; }
.status { margin-left: 10px; color: var(--ok); }
.error { color: var(--danger); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
