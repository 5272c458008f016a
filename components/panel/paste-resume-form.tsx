import { useId, useState } from 'react';

/**
 * A box for resume text copied from anywhere (an email, a scanned PDF run through OCR, a job board). The
 * text stays in the box after screening, so nothing typed or pasted is lost.
 */
export function PasteResumeForm({ onScreen, busy = false, intro }: { onScreen(text: string): void; busy?: boolean; intro?: string }) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="paste"
      data-testid="paste-form"
      onSubmit={(event) => {
        event.preventDefault();
        onScreen(text);
      }}
    >
      <label htmlFor={`${id}-text`} className="paste-label">
        Paste resume text
      </label>
      {intro && <p className="paste-intro">{intro}</p>}
      <textarea
        id={`${id}-text`}
        className="paste-text"
        data-testid="paste-text"
        rows={6}
        value={text}
        placeholder="Name, then each role with what was done in it…"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="paste-button" disabled={busy} data-testid="paste-screen">
        Screen this text
      </button>
    </form>
  );
}

/** The form's own styles, for pages with different palettes: the PDF page's (--accent) or the side panel's (--sc-accent). */
export const PASTE_CSS = `
.paste { display: grid; gap: 6px; }
.paste-label { font-weight: 600; }
.paste-intro { margin: 0; font-size: 12px; color: var(--fg-soft, var(--sc-muted)); }
.paste-text {
  font: inherit; font-size: 13px; color: inherit; background: var(--card, var(--sc-bg)); border: 1px solid var(--border, var(--sc-border));
  border-radius: 8px; padding: 8px 10px; min-height: 96px; resize: vertical; width: 100%; box-sizing: border-box;
}
.paste-button {
  justify-self: start; font: inherit; font-weight: 600; border: 1px solid var(--accent, var(--sc-accent)); border-radius: 8px;
  background: var(--accent, var(--sc-accent)); color: #fff; padding: 6px 12px; cursor: pointer;
}
.paste-button:disabled { opacity: 0.6; cursor: default; }
.paste-screen { display: grid; gap: 8px; }
.paste-error { margin: 0; color: var(--danger, var(--sc-error)); }
`;
