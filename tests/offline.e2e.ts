import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { copyOfSiteModule, sealed, writeModuleFile } from './module-files';
import { MapPage } from './pages/map-page';
import { openAid } from './pages/aid-pages';
import { SectionPage } from './pages/section-page';
import { StudioPage } from './pages/studio-page';
import { serveBuild } from './static-server';

// These tests are about the service worker, which the others keep out.
test.use({ serviceWorkers: 'allow' });

/**
 * Waits until the worker has cached the whole site and controls the page. Nothing on screen says
 * so, and caching every page of every module takes longer than the default wait.
 */
async function installed(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
		timeout: 20_000
	});
}

test('after one visit every page works offline, answers included, and nothing is lost back online', async ({
	page,
	context,
	homePage,
	modulePage
}) => {
	await homePage.goto();
	await installed(page);
	await context.setOffline(true);

	// A section never opened before, straight from the address bar.
	const quiz = new SectionPage(page, sections[2]!.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await page.reload();
	// Reopened where the student left off, with the answer counted.
	await expect(quiz.heading(2)).toBeVisible();
	await expect(quiz.runningScore(1)).toBeVisible();
	// The reading aids, and moving between pages inside the app, work too.
	const timeline = await openAid(page, 'Timeline');
	await expect(page).toHaveURL(/\/timeline$/);
	await expect(timeline.heading).toBeVisible();
	await modulePage.goto();
	await expect(page.getByText('1 of', { exact: false }).first()).toBeVisible();

	await context.setOffline(false);
	await quiz.goto();
	await expect(quiz.runningScore(1)).toBeVisible();
});

test('a new version waits for the student, and updating keeps every answer, checked or not', async ({
	page
}, info) => {
	// Two whole-site installs by the worker (the first, then the new version), each up to 20 s.
	test.setTimeout(60_000);
	// Its own server, so that it can deploy a new version under the open page.
	const site = await serveBuild(4190 + info.parallelIndex);
	try {
		const quiz = new SectionPage(page, sections[0]!.id);
		await page.goto(`${site.origin}${quiz.path}`);
		await installed(page);

		site.deployNewVersion('next version');
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const notice = page
			.getByRole('status')
			.filter({ hasText: 'A new version of Lectern is ready' });
		// The new version is installed (the whole site cached again) before the notice shows.
		await expect(notice).toBeVisible({ timeout: 20_000 });

		// The quiz goes on meanwhile: one answer checked, the next one chosen but not checked.
		await quiz.answerAndCheck(1, true);
		await quiz.next();
		await quiz.answer(2, true);
		// Question 2 is a fill-in: what was typed must come back.
		const chosen = () =>
			page
				.locator('form input:checked, form select, form input[type="text"]')
				.evaluateAll((els) =>
					els.map((e) => (e instanceof HTMLSelectElement ? e.value : (e as HTMLInputElement).value))
				);
		const before = await chosen();
		expect(before.length).toBeGreaterThan(0);

		const reloaded = page.waitForEvent('load');
		await notice.getByRole('button', { name: 'Update now' }).click();
		await reloaded;
		await expect(quiz.heading(2)).toBeVisible();
		await expect(notice).toBeHidden();
		await expect.poll(chosen).toEqual(before);
		await expect(quiz.runningScore(1)).toBeVisible();
	} finally {
		await site.close();
	}
});

test('the app can be installed: its manifest and icons are complete, with no error from Chromium', async ({
	page,
	homePage,
	request
}) => {
	await homePage.goto();
	await installed(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Playwright's contexts are incognito, which no site can be installed from; anything else
	// Chromium names (no manifest, bad icons, no worker, a start URL outside scope) is ours.
	expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
		[]
	);

	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({
		name: expect.stringMatching(/^Lectern/),
		display: 'standalone'
	});
	for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
		const response = await request.get(icon.src);
		expect(response.headers()['content-type'], icon.src).toContain(icon.type.split('+')[0]);
		if (icon.type !== 'image/png') continue;
		// A PNG states its width and height at bytes 16–23.
		const body = await response.body();
		const [w, h] = icon.sizes.split('x').map(Number);
		expect([body.readUInt32BE(16), body.readUInt32BE(20)], icon.src).toEqual([w, h]);
	}
	const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect((await request.get(apple!)).ok()).toBe(true);
});

test('a module opened from a file works offline: its pages, its map and its answers', async ({
	page,
	context,
	homePage
}, info) => {
	await homePage.goto();
	await installed(page);
	const file = sealed(copyOfSiteModule('iraq-offline', 'The Iraq crisis, offline'));
	await homePage.openModuleFile(writeModuleFile(info.outputPath('m.json'), file));
	await expect(homePage.moduleFileStatus).toHaveText(
		'The Iraq crisis, offline is ready. It is kept on this device.'
	);
	await context.setOffline(true);
	await page.reload();
	const module = await homePage.openModuleTitled('The Iraq crisis, offline');
	const quiz = await module.startReading();
	await quiz.answerAndCheck(1, true);
	await page.reload();
	await expect(quiz.heading(2)).toBeVisible();
	await expect(quiz.runningScore(1)).toBeVisible();
	// The map is drawn in the browser, by code the worker keeps too.
	await openAid(page, 'Map');
	await expect(new MapPage(page).map).toBeVisible();
});

test('the studio’s name finder is not downloaded on install, and works offline once used', async ({
	page,
	context
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await installed(page);
	const finderCached = () =>
		page.evaluate(async () => {
			for (const key of await caches.keys())
				for (const request of await (await caches.open(key)).keys())
					if (request.url.includes('/workers/suggest.worker-')) return true;
			return false;
		});
	expect(await finderCached()).toBe(false);
	await studio.startFrom('# Suez\n\nPrime Minister Anthony Eden was angry.');
	const actors = page.getByRole('region', { name: 'Actors' });
	await actors.getByRole('button', { name: 'Suggest names from the text' }).click();
	await expect(actors.getByRole('button', { name: 'Add Anthony Eden as an actor' })).toBeVisible();
	await expect.poll(finderCached).toBe(true);

	await context.setOffline(true);
	await page.reload();
	await actors.getByRole('button', { name: 'Suggest names from the text' }).click();
	await expect(actors.getByRole('button', { name: 'Add Anthony Eden as an actor' })).toBeVisible();
});
