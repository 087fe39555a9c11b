import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MODULE_ID, sections } from './module-data';

const section = `/m/${MODULE_ID}/${sections[0]!.id}`;
const rootStyle = (page: Page) =>
	page.evaluate(() => {
		const s = getComputedStyle(document.documentElement);
		return {
			background: s.backgroundColor,
			fontSize: s.fontSize,
			lineHeight: s.lineHeight,
			fontFamily: s.fontFamily
		};
	});

async function choose(page: Page, group: string, option: string | RegExp) {
	const name = typeof option === 'string' ? { name: option, exact: true } : { name: option };
	await page.getByRole('group', { name: group }).getByRole('radio', name).check();
	await expect(page.getByRole('status')).toHaveText('Saved on this device.');
}

test('reading settings apply at once, on every page, and survive a reload', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => {
		if (/\.woff2?$/.test(new URL(r.url()).pathname)) fonts.push(r.url());
	});
	await page.goto('/');
	await page.getByRole('link', { name: 'Reading settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Reading settings' })).toBeVisible();
	const before = await rootStyle(page);

	await choose(page, 'Colours', 'Dark');
	await choose(page, 'Text size', 'Largest');
	await choose(page, 'Line spacing', 'Loose');
	await choose(page, 'Font', /^Atkinson Hyperlegible/);
	const after = await rootStyle(page);
	expect(after.background).toBe('rgb(22, 23, 27)');
	expect(parseFloat(after.fontSize)).toBeCloseTo(parseFloat(before.fontSize) * 1.5, 1);
	expect(after.fontFamily).toMatch(/^"?Atkinson Hyperlegible/);

	// On another page, after a reload, the choices hold; the font came from this site.
	await page.goto(section);
	await expect.poll(() => rootStyle(page)).toEqual(after);
	// The article itself follows the font and the spacing.
	const article = await page.locator('.article').evaluate((el) => {
		const s = getComputedStyle(el);
		return { font: s.fontFamily, leading: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
	});
	expect(article.font).toMatch(/^"?Atkinson Hyperlegible/);
	expect(article.leading).toBeCloseTo(2.3, 1);
	await page.reload();
	await expect.poll(() => rootStyle(page)).toEqual(after);
	await expect.poll(() => fonts.length).toBeGreaterThan(0);
	for (const url of fonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);

	await page.goto('/settings');
	await expect(page.getByRole('radio', { name: 'Largest', exact: true })).toBeChecked();
	await page.getByRole('button', { name: 'Back to the usual settings' }).click();
	await expect.poll(() => rootStyle(page)).toMatchObject({ fontSize: before.fontSize });
	await expect(page.getByRole('radio', { name: /^Follow this device/ })).toBeChecked();
});

test('saved settings are in place before any of the app’s scripts run', async ({ page }) => {
	await page.goto('/settings');
	await choose(page, 'Colours', /^Sepia/);
	await choose(page, 'Text size', 'Large');
	// With every script file refused, only the page's own head script can have applied them.
	await page.route('**/*.js', (route) => route.abort());
	await page.goto(section);
	await expect(page.getByRole('heading', { level: 1, name: sections[0]!.title })).toBeVisible();
	const style = await rootStyle(page);
	expect(style.background).toBe('rgb(245, 237, 218)');
	expect(style.fontSize).toBe('20.8px');
});

test('every colour theme passes axe, and the largest text fits 320 px', async ({ page }) => {
	for (const theme of ['Light', 'Dark', /^Sepia/] as const) {
		await page.goto('/settings');
		await choose(page, 'Colours', theme);
		for (const path of ['/settings', section]) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => `${String(theme)} ${path} ${v.id}`)).toEqual([]);
		}
	}
	await page.goto('/settings');
	await choose(page, 'Text size', 'Largest');
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/settings', section, '/']) {
		await page.goto(path);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			path
		).toBeLessThanOrEqual(320);
	}
});
