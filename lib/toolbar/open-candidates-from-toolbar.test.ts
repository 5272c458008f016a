import { describe, expect, it, vi } from 'vitest';
import { openCandidatesFromToolbar, type ToolbarApis } from './open-candidates-from-toolbar';

function toolbar(extra: Partial<ToolbarApis>) {
  const listeners: Array<() => void> = [];
  const apis: ToolbarApis = { action: { onClicked: { addListener: (listener) => listeners.push(listener) } }, ...extra };
  return { apis, click: () => listeners.forEach((listener) => listener()), listeners };
}

describe('openCandidatesFromToolbar', () => {
  it('in Chrome, lets the button open the side panel and adds no click listener', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    const { apis, listeners } = toolbar({ sidePanel: { setPanelBehavior } });
    openCandidatesFromToolbar(apis);
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(listeners).toHaveLength(0);
  });

  it('in Firefox, toggles the sidebar from the click itself', () => {
    const toggle = vi.fn(() => Promise.resolve());
    const { apis, click } = toolbar({ sidebarAction: { toggle } });
    openCandidatesFromToolbar(apis);
    expect(toggle).not.toHaveBeenCalled();
    click();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('does nothing where neither exists', () => {
    const { apis, listeners } = toolbar({});
    openCandidatesFromToolbar(apis);
    expect(listeners).toHaveLength(0);
  });
});
