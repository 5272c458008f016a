import { loadPanelState, loadSettings } from '../settings/settings-storage';
import { onMessageFromExtension } from './protocol';

/** Call once in the background: answers content scripts with the stored settings and panel state, checked. */
export function servePageSettings(): () => void {
  return onMessageFromExtension('pageSettings', async () => {
    const [settings, panelState] = await Promise.all([loadSettings(), loadPanelState()]);
    return { settings, panelState };
  });
}
