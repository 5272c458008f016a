/** The parts of Chrome's and Firefox's extension APIs that decide what the toolbar button opens. */
export interface ToolbarApis {
  action: { onClicked: { addListener(listener: () => void): void } };
  /** Chrome only. */
  sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
  /** Firefox only. */
  sidebarAction?: { toggle(): Promise<void> };
}

/**
 * The toolbar button opens the saved-candidate list: Chrome's side panel, or Firefox's sidebar (the same
 * page, declared as `sidebar_action`). Firefox has no side-panel behaviour to set: its sidebar may only be
 * toggled from a user action, which a toolbar click is, so it is toggled inside the click listener.
 */
export function openCandidatesFromToolbar(apis: ToolbarApis): void {
  if (apis.sidePanel) {
    void apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = apis.sidebarAction;
  if (sidebar) apis.action.onClicked.addListener(() => void sidebar.toggle().catch(() => undefined));
}
