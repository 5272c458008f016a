import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('./test-runtime-messaging')).installTestChrome());

const { requestPageSettings, savePagePanelState, watchPageSettings } = await import('./page-settings');
const { servePageSettings } = await import('./serve-page-settings');
const { onMessage } = await import('./protocol');
const { DEFAULT_PANEL_STATE, DEFAULT_SETTINGS } = await import('../settings/settings-defaults');
const { loadPanelState, saveSettings } = await import('../settings/settings-storage');

let stop: Array<() => void> = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop.forEach((remove) => remove());
  stop = [];
});

describe('the settings a page panel asks the background for', () => {
  it('are the stored values, checked there: a bad field reads as its default', async () => {
    stop.push(servePageSettings());
    await fakeBrowser.storage.local.set({
      'shipcheck:settings': { role: 'mlops', autoOpenSites: ['github'], panelCorner: 'the middle' },
      'shipcheck:panel-state': { collapsed: true, position: { x: 'left', y: 3 } },
    });
    expect(await requestPageSettings()).toEqual({
      settings: { ...DEFAULT_SETTINGS, role: 'mlops', autoOpenSites: ['github'] },
      panelState: { ...DEFAULT_PANEL_STATE, collapsed: true },
    });
  });

  it('are asked again when the first message finds no background, as a stopped worker restarts', async () => {
    let asked = 0;
    stop.push(
      onMessage('pageSettings', () => {
        asked++;
        if (asked === 1) throw new Error('The message port closed before a response was received.');
        return { settings: { ...DEFAULT_SETTINGS, panelCorner: 'bottom-left' }, panelState: DEFAULT_PANEL_STATE };
      }),
    );
    expect((await requestPageSettings()).settings.panelCorner).toBe('bottom-left');
    expect(asked).toBe(2);
  });

  it('are the defaults when the background never answers, so that the panel still draws', async () => {
    expect(await requestPageSettings()).toEqual({ settings: DEFAULT_SETTINGS, panelState: DEFAULT_PANEL_STATE });
  });

  it('follow the options page: a change is read through the background again', async () => {
    stop.push(servePageSettings());
    const seen = vi.fn();
    stop.push(watchPageSettings(seen));
    await saveSettings({ ...DEFAULT_SETTINGS, autoOpenSites: ['linkedin'] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, autoOpenSites: ['linkedin'] }));
  });

  it('keep the panel state the page writes, read back as it was left', async () => {
    await savePagePanelState({ collapsed: false, expanded: true, position: { x: 40, y: 80 } });
    expect(await loadPanelState()).toEqual({ collapsed: false, expanded: true, position: { x: 40, y: 80 } });
  });
});
