import { useEffect, useState } from 'react';

export type Theme = 'auto' | 'light' | 'dark';
const KEY = 'shipcheck:sidepanel-theme';
const NEXT: Record<Theme, Theme> = { auto: 'light', light: 'dark', dark: 'auto' };

/** The side panel's theme, remembered in the extension page's own localStorage (a display preference). */
export function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(() => {
    const saved = globalThis.localStorage?.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'auto';
  });
  useEffect(() => {
    globalThis.localStorage?.setItem(KEY, theme);
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [theme, () => setTheme((current) => NEXT[current])];
}
