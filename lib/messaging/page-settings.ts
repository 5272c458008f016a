import { storage } from 'wxt/utils/storage';
import type { PanelState } from '../settings/panel-state';
import type { Settings } from '../settings/settings';
import { DEFAULT_PANEL_STATE, DEFAULT_SETTINGS } from '../settings/settings-defaults';
import { PANEL_STATE_KEY, SETTINGS_KEY } from '../settings/storage-keys';
import { sendMessage } from './protocol';

/** What a page's panel needs of the stored settings before it draws: where it sits, and on which sites it opens by itself. */
export interface PageSettings {
  settings: Settings;
  panelState: PanelState;
}

/** A worker stopped meanwhile starts again on the next message. */
const ATTEMPTS = 3;

/**
 * Content script side. The background reads and checks the stored values (serve-page-settings.ts): a content
 * script carries no zod. Should the background never answer, the panel still draws, with the defaults.
 */
export async function requestPageSettings(): Promise<PageSettings> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const reply = await sendMessage('pageSettings', undefined).catch(() => undefined);
    if (reply) return reply;
  }
  return { settings: DEFAULT_SETTINGS, panelState: DEFAULT_PANEL_STATE };
}

/** Calls back with the new settings whenever another page (the options page) changes them. */
export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch(SETTINGS_KEY, () => void requestPageSettings().then(({ settings }) => onChange(settings)));
}

/** The panel's own state is written as it is: the content script made it, and the next read checks it. */
export async function savePagePanelState(state: PanelState): Promise<void> {
  await storage.setItem(PANEL_STATE_KEY, state);
}
