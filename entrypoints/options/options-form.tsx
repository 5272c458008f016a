import { useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { RolePresetId } from '../../lib/model/screening';
import { ROLE_PRESET_OPTIONS } from '../../lib/screen/role-presets';
import { AutoOpenSite, DEFAULT_SETTINGS, PanelCorner, type Settings } from '../../lib/settings/settings';
import { loadSettings, saveSettings } from '../../lib/settings/settings-storage';
import { checkMustHaveTools, describeMustHave, mustHaveToSave, replaceMustHave, type MustHaveLine } from './must-have-check';

const SITE_LABEL: Record<AutoOpenSite, string> = { linkedin: 'LinkedIn profiles', github: 'GitHub profiles and repositories' };
const CORNER_LABEL: Record<PanelCorner, string> = {
  'top-right': 'Top right',
  'bottom-right': 'Bottom right',
  'top-left': 'Top left',
  'bottom-left': 'Bottom left',
};

function MustHaveFeedback({ lines, onPick }: { lines: MustHaveLine[]; onPick(line: MustHaveLine, name: string): void }) {
  if (lines.length === 0) return null;
  return (
    <ul className="tool-checks" aria-label="How each tool was read" aria-live="polite" data-testid="must-have-checks">
      {lines.map((line) => {
        const known = Boolean(line.canonical) && !line.duplicateOf;
        return (
          <li key={line.typed} className={known ? 'tool-check known' : 'tool-check attention'} data-known={known}>
            {describeMustHave(line)}
            {!line.canonical &&
              line.suggestions.map((name, index) => (
                <span key={name}>
                  {' '}
                  <button type="button" className="suggestion" onClick={() => onPick(line, name)}>
                    {name}
                  </button>
                  {index === line.suggestions.length - 1 ? '?' : ','}
                </span>
              ))}
          </li>
        );
      })}
    </ul>
  );
}

export function OptionsForm() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [mustHaveText, setMustHaveText] = useState('');
  const [status, setStatus] = useState<string>();
  const id = useId();
  const typedMustHave = useDeferredValue(mustHaveText);
  const mustHaveLines = useMemo(() => checkMustHaveTools(typedMustHave), [typedMustHave]);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setMustHaveText(loaded.mustHave.join(', '));
    });
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next = { ...settings, mustHave: mustHaveToSave(mustHaveText) };
    try {
      await saveSettings(next);
      setSettings(next);
      setMustHaveText(next.mustHave.join(', '));
      setStatus('Saved. Open profiles are screened again with these settings.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const toggleSite = (site: AutoOpenSite, on: boolean) =>
    setSettings({ ...settings, autoOpenSites: on ? [...new Set([...settings.autoOpenSites, site])] : settings.autoOpenSites.filter((s) => s !== site) });

  return (
    <main className="page">
      <h1>Shipcheck options</h1>
      <p className="lede">How candidates are screened. Everything stays in this browser.</p>
      <form onSubmit={onSubmit}>
        <section className="card" aria-labelledby={`${id}-role`}>
          <h2 id={`${id}-role`}>The opening</h2>
          <div className="field">
            <label htmlFor={`${id}-preset`}>Role preset</label>
            <select id={`${id}-preset`} value={settings.role} onChange={(event) => setSettings({ ...settings, role: event.target.value as RolePresetId })}>
              {ROLE_PRESET_OPTIONS.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.label}
                </option>
              ))}
            </select>
            <span className="hint">{ROLE_PRESET_OPTIONS.find((preset) => preset.id === settings.role)?.description}</span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-must`}>Must-have tools</label>
            <textarea
              id={`${id}-must`}
              value={mustHaveText}
              placeholder="PyTorch, Kubernetes, MLflow"
              onChange={(event) => setMustHaveText(event.target.value)}
              aria-describedby={`${id}-must-hint`}
            />
            <span className="hint" id={`${id}-must-hint`}>
              Separated by commas or new lines. Each becomes a checklist item that passes only when the tool is used in real work. Names are checked against
              Shipcheck's tool catalogue as you type, and saved under the catalogue's name.
            </span>
            <MustHaveFeedback lines={mustHaveLines} onPick={(line, name) => setMustHaveText(replaceMustHave(mustHaveText, line.typed, name))} />
          </div>
        </section>
        <section className="card" aria-labelledby={`${id}-panel`}>
          <h2 id={`${id}-panel`}>The panel</h2>
          <fieldset>
            <legend className="legend-title">Open the panel by itself on</legend>
            {AutoOpenSite.options.map((site) => (
              <label className="choice" key={site}>
                <input type="checkbox" checked={settings.autoOpenSites.includes(site)} onChange={(event) => toggleSite(site, event.target.checked)} />
                {SITE_LABEL[site]}
              </label>
            ))}
            <span className="hint">Elsewhere, press the shortcut (Alt+Shift+S by default) to open it.</span>
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-corner`}>Panel position</label>
            <select
              id={`${id}-corner`}
              value={settings.panelCorner}
              onChange={(event) => setSettings({ ...settings, panelCorner: event.target.value as PanelCorner })}
            >
              {PanelCorner.options.map((corner) => (
                <option key={corner} value={corner}>
                  {CORNER_LABEL[corner]}
                </option>
              ))}
            </select>
            <span className="hint">Dragging the panel by its header overrides this until the corner is changed here.</span>
          </div>
        </section>
        <section className="card" aria-labelledby={`${id}-pdf`}>
          <h2 id={`${id}-pdf`}>PDF resumes</h2>
          <p className="hint">
            The browser's PDF viewer takes no extension panel. Open the <a href="/pdf.html">PDF screening page</a> and drop a file there, or press the shortcut
            on a tab showing a PDF.
          </p>
        </section>
        <button type="submit" className="button primary">
          Save
        </button>
        <span className="status" role="status">
          {status}
        </span>
      </form>
    </main>
  );
}
