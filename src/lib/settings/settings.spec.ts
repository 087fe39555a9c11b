import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	applySettings,
	DEFAULT_SETTINGS,
	loadSettings,
	parseSettings,
	saveSettings,
	SETTINGS_KEY,
	settingOptions,
	type Settings
} from './settings';

/** An element that only keeps its attributes. */
function element() {
	const attributes = new Map<string, string>();
	return {
		attributes,
		setAttribute: (k: string, v: string) => void attributes.set(k, v),
		removeAttribute: (k: string) => void attributes.delete(k)
	};
}

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	};
}

/** The script app.html runs before the first paint, run here against a stored value. */
function runHeadScript(stored: string | null) {
	const html = readFileSync('src/app.html', 'utf8');
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
	const root = element();
	new Function('localStorage', 'document', script)(
		memoryStorage(stored === null ? {} : { [SETTINGS_KEY]: stored }),
		{ documentElement: root }
	);
	return root.attributes;
}

describe('reading settings', () => {
	it('falls back to the default for anything missing, unknown or broken', () => {
		expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
		expect(parseSettings('{"theme":"neon","size":"xl","__proto__":{"x":1}}')).toEqual({
			...DEFAULT_SETTINGS,
			size: 'xl'
		});
	});

	it('round-trips through storage, and says when storage refuses', () => {
		const storage = memoryStorage();
		const chosen: Settings = { theme: 'sepia', size: 'xxl', spacing: 'loose', font: 'legible' };
		expect(saveSettings(storage, chosen)).toBe(true);
		expect(loadSettings(storage)).toEqual(chosen);
		const full = {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(saveSettings(full, chosen)).toBe(false);
		expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS);
	});

	it('marks the page with one attribute per setting that is not the default', () => {
		const root = element();
		applySettings(root as unknown as HTMLElement, { ...DEFAULT_SETTINGS, theme: 'dark' });
		expect([...root.attributes]).toEqual([['data-theme', 'dark']]);
		applySettings(root as unknown as HTMLElement, DEFAULT_SETTINGS);
		expect(root.attributes.size).toBe(0);
	});

	it('is applied by app.html’s early script exactly as the app applies it, for every value', () => {
		for (const [name, values] of Object.entries(settingOptions)) {
			for (const value of values) {
				const settings = { ...DEFAULT_SETTINGS, [name]: value } as Settings;
				const root = element();
				applySettings(root as unknown as HTMLElement, settings);
				expect(runHeadScript(JSON.stringify(settings))).toEqual(root.attributes);
			}
		}
		expect(runHeadScript('{broken').size).toBe(0);
		expect(runHeadScript('null').size).toBe(0);
		expect(runHeadScript('{"theme":"<img>"}').size).toBe(0);
	});
});
