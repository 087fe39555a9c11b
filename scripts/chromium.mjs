// Finds a Chromium for Playwright and the bench: $CHROMIUM_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @returns {string | undefined} */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (existsSync(path)) return path;
	}
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// No browser of Playwright's own either.
	}
	return undefined;
}
