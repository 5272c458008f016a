export const PDF_PAGE_CSS = `
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 24px; align-items: start; }
@media (max-width: 960px) { .layout { grid-template-columns: 1fr; } }
.aside { position: sticky; top: 16px; }
.inputs { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; align-items: start; margin-bottom: 16px; }
@media (max-width: 760px) { .inputs { grid-template-columns: 1fr; } }
.inputs > * { margin-bottom: 0; }
.paste-card .paste-text { min-height: 84px; }
.link-button { border: 0; background: none; padding: 0; color: var(--accent); font: inherit; font-weight: 600; cursor: pointer; text-decoration: underline; }
.empty-text { color: var(--fg-soft); }
.drop {
  border: 2px dashed var(--border); border-radius: 14px; padding: 28px; text-align: center; background: var(--card);
  transition: border-color 0.15s, background 0.15s; margin-bottom: 16px;
}
.drop.over { border-color: var(--accent); background: color-mix(in srgb, var(--accent) 8%, var(--card)); }
.drop p { margin: 6px 0 14px; color: var(--fg-soft); }
.drop.compact { display: flex; align-items: center; gap: 12px; padding: 12px 16px; text-align: left; }
.drop.compact p { margin: 0; flex: 1; }
.tab-pdf { display: flex; gap: 12px; align-items: center; justify-content: space-between; flex-wrap: wrap; }
.tab-pdf code { overflow-wrap: anywhere; color: var(--fg-soft); }
.alert { border: 1px solid var(--danger); border-radius: 12px; padding: 12px 14px; background: color-mix(in srgb, var(--danger) 8%, var(--card)); margin-bottom: 16px; }
.notice { border: 1px solid var(--border); border-radius: 12px; padding: 10px 14px; background: var(--card); margin-bottom: 16px; color: var(--fg-soft); }
.resume { background: var(--card); border: 1px solid var(--border); border-radius: 14px; padding: 24px 28px; }
.resume h2 { font-size: 22px; margin-bottom: 2px; }
.resume .headline { color: var(--fg-soft); margin: 0 0 12px; }
.resume h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--fg-soft); margin: 22px 0 8px; border-bottom: 1px solid var(--border); padding-bottom: 4px; }
.resume .block { margin: 0 0 12px; }
.resume .block-head { font-weight: 600; }
.resume .block-meta { color: var(--fg-soft); font-size: 13px; }
.resume .block-text { white-space: pre-wrap; margin: 4px 0 0; }
.file-name { color: var(--fg-soft); font-size: 13px; margin-bottom: 8px; }
`;
