/**
 * Reading settings: kept in localStorage, because they must be applied before the first paint,
 * by the small script in app.html, which cannot wait for IndexedDB. Each setting becomes a
 * `data-*` attribute on <html>; app.css does the rest. A value not listed here is ignored.
 */
export const SETTINGS_KEY = 'lectern:settings';

export const settingOptions = {
	/** Absent: follow the system's light or dark. */
	theme: ['system', 'light', 'dark', 'sepia'],
	size: ['s', 'm', 'l', 'xl', 'xxl'],
	spacing: ['normal', 'relaxed', 'loose'],
	font: ['system', 'legible']
} as const;

export type SettingName = keyof typeof settingOptions;
export type Settings = { [K in SettingName]: (typeof settingOptions)[K][number] };

export const DEFAULT_SETTINGS: Settings = {
	theme: 'system',
	size: 'm',
	spacing: 'normal',
	font: 'system'
};

const names = Object.keys(settingOptions) as SettingName[];

/** Settings from stored text; anything missing, unknown or broken falls back to the default. */
export function parseSettings(text: string | null): Settings {
	let raw: unknown;
	try {
		raw = text ? JSON.parse(text) : null;
	} catch {
		raw = null;
	}
	const out: Record<string, string> = { ...DEFAULT_SETTINGS };
	if (raw && typeof raw === 'object') {
		for (const name of names) {
			const value = (raw as Record<string, unknown>)[name];
			if ((settingOptions[name] as readonly unknown[]).includes(value)) out[name] = value as string;
		}
	}
	return out as Settings;
}

/** Puts the settings on the page: one attribute each, none for a default. */
export function applySettings(root: HTMLElement, settings: Settings): void {
	for (const name of names) {
		if (settings[name] === DEFAULT_SETTINGS[name]) root.removeAttribute(`data-${name}`);
		else root.setAttribute(`data-${name}`, settings[name]);
	}
}

/** Reads the saved settings; a browser that blocks storage gets the defaults. */
export function loadSettings(storage: Pick<Storage, 'getItem'> | null): Settings {
	try {
		return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
	} catch {
		return { ...DEFAULT_SETTINGS };
	}
}

/** Saves the settings; false when this browser would not keep them. */
export function saveSettings(
	storage: Pick<Storage, 'setItem'> | null,
	settings: Settings
): boolean {
	try {
		if (!storage) return false;
		storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
		return true;
	} catch {
		return false;
	}
}
