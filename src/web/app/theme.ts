// Light, dark, or whatever the system prefers. The choice is stored in localStorage and applied
// as data-theme on <html> before the first render, so the page never flashes the wrong theme.
import { useCallback, useSyncExternalStore } from 'react';

export type ThemeChoice = 'light' | 'dark' | 'system';
const storageKey = 'stafflab.theme';
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

const systemDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

export function applyTheme(choice: ThemeChoice = readChoice()): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark());
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function watchSystemTheme(): void {
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (readChoice() === 'system') applyTheme('system');
    listeners.forEach((l) => l());
  });
}

export function useTheme(): {
  choice: ThemeChoice;
  dark: boolean;
  setChoice(choice: ThemeChoice): void;
} {
  const choice = useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, readChoice);
  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, next);
    } catch {
      // Private browsing may refuse storage; the theme still applies for this page view.
    }
    applyTheme(next);
    listeners.forEach((l) => l());
  }, []);
  return { choice, dark: document.documentElement.dataset.theme === 'dark', setChoice };
}
