// Draws the app's PNG icons from its SVGs (iOS rounds its own corners: its icon is full-bleed) with the same Chromium the tests use. Run by hand
// when an icon changes (`node scripts/icons.mjs`); the PNGs are committed with the SVGs.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const ICONS = [
	{ svg: 'icon.svg', png: 'icon-192.png', size: 192 },
	{ svg: 'icon.svg', png: 'icon-512.png', size: 512 },
	{ svg: 'maskable.svg', png: 'apple-touch-icon.png', size: 180 },
	{ svg: 'maskable.svg', png: 'maskable-512.png', size: 512 }
];
const dir = new URL('../static/icons/', import.meta.url);

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const { svg, png, size } of ICONS) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const markup = readFileSync(new URL(svg, dir), 'utf8');
		await page.setContent(
			`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`
		);
		await page.screenshot({ path: new URL(png, dir).pathname, omitBackground: true });
		await page.close();
		console.log(`static/icons/${png} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
