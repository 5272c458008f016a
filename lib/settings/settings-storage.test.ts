import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_STATE } from './panel-state';
import { DEFAULT_SETTINGS } from './settings';

const { fakeBrowser } = await vi.hoisted(async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  // 'wxt/browser' keeps the global it finds when first imported.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  return { fakeBrowser };
});

const { loadPanelState, loadSettings, savePanelState, saveSettings, watchSettings } = await import('./settings-storage');

beforeEach(() => fakeBrowser.reset());

describe('settings in storage', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadPanelState()).toEqual(DEFAULT_PANEL_STATE);
  });

  it('reads values stored before the settings were versioned items, under the same keys', async () => {
    await fakeBrowser.storage.local.set({
      'shipcheck:settings': { role: 'mlops', mustHave: ['Kubernetes'], autoOpenSites: ['github'], panelCorner: 'bottom-left' },
      'shipcheck:panel-state': { collapsed: true, expanded: false, position: { x: 12, y: 40 } },
    });
    expect(await loadSettings()).toEqual({ role: 'mlops', mustHave: ['Kubernetes'], autoOpenSites: ['github'], panelCorner: 'bottom-left' });
    expect(await loadPanelState()).toEqual({ collapsed: true, expanded: false, position: { x: 12, y: 40 } });
  });

  it('keeps the good fields of a hand-edited value and defaults the rest', async () => {
    await fakeBrowser.storage.local.set({ 'shipcheck:settings': { role: 'research', mustHave: 'PyTorch' }, 'shipcheck:panel-state': [1] });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, role: 'research' });
    expect(await loadPanelState()).toEqual(DEFAULT_PANEL_STATE);
  });

  it('saves and reads back, and tells a watcher about a change made elsewhere', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await saveSettings({ ...DEFAULT_SETTINGS, role: 'data-scientist' });
    await savePanelState({ ...DEFAULT_PANEL_STATE, collapsed: true });
    expect(await loadSettings()).toMatchObject({ role: 'data-scientist' });
    expect(await loadPanelState()).toMatchObject({ collapsed: true });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ role: 'data-scientist' })));
    stop();
  });

  it('stores settings as parsed: a field that is not valid is saved as its default', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, role: 'wizard' as never, panelCorner: 'bottom-left' });
    expect((await fakeBrowser.storage.local.get('shipcheck:settings'))['shipcheck:settings']).toMatchObject({
      role: 'ml-engineer',
      panelCorner: 'bottom-left',
    });
  });
});
