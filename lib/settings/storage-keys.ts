/** Where the settings and the panel state live (@wxt-dev/storage keys): one place for their items and for the content scripts. */
export const SETTINGS_KEY = 'local:shipcheck:settings' as const;
export const PANEL_STATE_KEY = 'local:shipcheck:panel-state' as const;
