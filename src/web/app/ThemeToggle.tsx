import { useTheme, type ThemeChoice } from './theme.js';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const labels: Record<ThemeChoice, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
};
const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles system → light → dark. The label says the current choice; the title says what a click does. */
export function ThemeToggle() {
  const { choice, setChoice } = useTheme();
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => setChoice(next[choice])}
      aria-label={`${labels[choice]} (switch to ${labels[next[choice]].toLowerCase()})`}
      title={`Switch to ${labels[next[choice]].toLowerCase()}`}
    >
      <span aria-hidden="true">{icons[choice]}</span>
      <span className="theme-toggle-text">{labels[choice]}</span>
    </button>
  );
}
