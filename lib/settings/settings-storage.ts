import { storage } from 'wxt/utils/storage';
import { parsePanelState, type PanelState } from './panel-state';
import { parseSettings, Settings } from './settings';
import { PANEL_STATE_KEY, SETTINGS_KEY } from './storage-keys';

/**
 * One @wxt-dev/storage item each: the library keeps each item's version beside it and runs the item's
 * `migrations` the next time it is defined after an update; to change a shape, raise `version` and add
 * `migrations: { [version]: (old) => new }` (tested like lib/storage/record-migrations.ts). Values stored
 * before the items existed carry no version and read as version 1, which is what they are. What is read is
 * still parsed field by field: a hand-edited or corrupt value falls back to defaults, never throws.
 */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, { version: 1 });
export const panelStateItem = storage.defineItem<unknown>(PANEL_STATE_KEY, { version: 1 });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(settings));
}

/** Calls back with the new settings whenever another page (the options page) changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}

export async function loadPanelState(): Promise<PanelState> {
  return parsePanelState(await panelStateItem.getValue());
}

export async function savePanelState(state: PanelState): Promise<void> {
  await panelStateItem.setValue(state);
}
