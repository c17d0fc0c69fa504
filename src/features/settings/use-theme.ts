// Applies the theme setting to the document: "system" follows the OS, the others force a theme.
import { useEffect } from 'react';
import { useSettingsStore } from './settings-store.ts';

export function useTheme(): void {
  const theme = useSettingsStore((s) => s.settings.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
