/**
 * Light theme for reading, dark high-contrast theme for screens. An explicit choice is saved;
 * otherwise the system preference decides and is followed live.
 */
import type { Theme } from '../styles/theme';

export type { Theme };

const storageKey = 'briefmap-theme';

function systemTheme(): Theme {
	return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
		? 'dark'
		: 'light';
}

function savedTheme(): Theme | undefined {
	try {
		const saved = localStorage.getItem(storageKey);
		return saved === 'light' || saved === 'dark' ? saved : undefined;
	} catch {
		return undefined;
	}
}

class ThemeState {
	/** The theme in effect; 'light' on the server, corrected on the client at start. */
	current = $state<Theme>('light');

	/** Reads the saved choice or the system preference, and follows the latter until a choice. */
	start(): () => void {
		this.current = savedTheme() ?? systemTheme();
		const media = matchMedia('(prefers-color-scheme: dark)');
		const follow = () => {
			if (!savedTheme()) this.current = systemTheme();
		};
		media.addEventListener('change', follow);
		return () => media.removeEventListener('change', follow);
	}

	set(theme: Theme) {
		this.current = theme;
		document.documentElement.dataset.theme = theme;
		try {
			localStorage.setItem(storageKey, theme);
		} catch {
			/* the choice then lasts for this page only */
		}
	}
}

export const theme = new ThemeState();
