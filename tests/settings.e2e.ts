import { type Page } from '@playwright/test';
import { expectNoAxeViolations, scrollWidth } from './a11y-audit';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { SectionPage } from './pages/section-page';
import { SettingsPage } from './pages/settings-page';

const section = SectionPage.pathOf(sections[0]!.id);
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

test('reading settings apply at once, on every page, and survive a reload', async ({
	page,
	homePage,
	settingsPage
}) => {
	const fonts: string[] = [];
	page.on('request', (r) => {
		if (/\.woff2?$/.test(new URL(r.url()).pathname)) fonts.push(r.url());
	});
	await homePage.goto();
	const settings = await homePage.openSettings();
	const before = await rootStyle(page);

	await settings.choose('Colours', 'Dark');
	await settings.choose('Text size', 'Largest');
	await settings.choose('Line spacing', 'Loose');
	await settings.choose('Font', /^Atkinson Hyperlegible/);
	const after = await rootStyle(page);
	expect(after.background).toBe('rgb(22, 23, 27)');
	expect(parseFloat(after.fontSize)).toBeCloseTo(parseFloat(before.fontSize) * 1.5, 1);
	expect(after.fontFamily).toMatch(/^"?Atkinson Hyperlegible/);

	// On another page, after a reload, the choices hold; the font came from this site.
	await page.goto(section);
	await expect.poll(() => rootStyle(page)).toEqual(after);
	// The article's text itself follows the font and the spacing (a block inside the landmark).
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

	await settingsPage.goto();
	await expect(settingsPage.option('Text size', 'Largest')).toBeChecked();
	await settingsPage.backToUsual();
	await expect.poll(() => rootStyle(page)).toMatchObject({ fontSize: before.fontSize });
	await expect(settingsPage.page.getByRole('radio', { name: /^Follow this device/ })).toBeChecked();
});

test('saved settings are in place before any of the app’s scripts run', async ({
	page,
	settingsPage: settings
}) => {
	await settings.goto();
	await settings.choose('Colours', /^Sepia/);
	await settings.choose('Text size', 'Large');
	// With every script file refused, only the page's own head script can have applied them.
	await page.route('**/*.js', (route) => route.abort());
	await page.goto(section);
	await expect(new SectionPage(page, sections[0]!.id).pageHeading).toBeVisible();
	const style = await rootStyle(page);
	expect(style.background).toBe('rgb(245, 237, 218)');
	expect(style.fontSize).toBe('20.8px');
});

// A test a theme: six full audits in one test came close to the default timeout.
for (const theme of ['Light', 'Dark', /^Sepia/] as const) {
	test(`the ${String(theme)} colour theme passes axe`, async ({ page, settingsPage: settings }) => {
		await settings.goto();
		await settings.choose('Colours', theme);
		for (const path of ['/settings', section]) {
			await page.goto(path);
			await expectNoAxeViolations(page, `${String(theme)} ${path} `);
		}
	});
}

test('the largest text fits 320 px', async ({ page, settingsPage: settings }) => {
	await settings.goto();
	await settings.choose('Text size', 'Largest');
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/settings', section, '/']) {
		await page.goto(path);
		expect(await scrollWidth(page), path).toBeLessThanOrEqual(320);
	}
});

test('a setting chosen while the page is still loading is kept, never shown chosen but lost', async ({
	page
}) => {
	// A slow phone: the page is shown well before its scripts run.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	const settings = new SettingsPage(page);
	await page.goto(SettingsPage.path, { waitUntil: 'commit' });
	await settings.choose('Colours', 'Dark');
	// The delayed scripts finish loading first: a reload under them would cut them off.
	await page.unrouteAll({ behavior: 'wait' });
	await page.reload();
	await expect(settings.option('Colours', 'Dark')).toBeChecked();
});
