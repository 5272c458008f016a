import { browser } from 'wxt/browser';
import { parsePanelState, type PanelState } from './panel-state';
import { parseSettings, Settings } from './settings';

const SETTINGS_KEY = 'shipcheck:settings';
const PANEL_STATE_KEY = 'shipcheck:panel-state';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}

/** Calls back with the new settings whenever another page (the options page) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function loadPanelState(): Promise<PanelState> {
  const stored = await browser.storage.local.get(PANEL_STATE_KEY);
  return parsePanelState(stored[PANEL_STATE_KEY]);
}

export async function savePanelState(state: PanelState): Promise<void> {
  await browser.storage.local.set({ [PANEL_STATE_KEY]: state });
}
