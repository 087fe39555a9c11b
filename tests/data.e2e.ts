import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { questionsOf, sections } from './module-data';
import { HomePage } from './pages/home-page';
import { SectionPage } from './pages/section-page';

test('progress downloaded on one device is restored on another, merged without duplicates', async ({
	page,
	homePage: home,
	newDevice
}, info) => {
	const quiz = new SectionPage(page, sections[1]!.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	await quiz.answerAndCheck(2, true);

	await home.goto();
	await expect(page.getByText('You have not downloaded your progress yet.')).toBeVisible();
	const file = await home.downloadProgress(join(info.outputDir, 'progress.json'));
	await expect(page.getByText(/^Last downloaded: /)).toBeVisible();
	await page.reload();
	await expect(page.getByText(/^Last downloaded: /)).toBeVisible();

	// Another device, where one answer of its own was already given.
	const there = new SectionPage(await newDevice(), sections[0]!.id);
	await there.goto();
	await there.answerAndCheck(1, true);
	const phone = new HomePage(there.page);
	await phone.goto();
	await expect(phone.progressLine).toHaveText(/^1 of \d+ questions answered$/);

	// A broken file first: it is refused, and nothing changes.
	const broken = join(info.outputDir, 'broken.json');
	await writeFile(broken, (await readFile(file, 'utf8')).slice(0, 200));
	await phone.restore(broken);
	await expect(phone.restoreStatus).toHaveText(
		/^This file is not a progress file .* Nothing was changed\.$/
	);
	await expect(phone.progressLine).toHaveText(/^1 of \d+ questions answered$/);

	await phone.restore(file);
	await expect(phone.restoreStatus).toHaveText('Restored: 2 items added.');
	await expect(phone.progressLine).toHaveText(/^3 of \d+ questions answered$/);
	// The same file again adds nothing.
	await phone.restore(file);
	await expect(phone.restoreStatus).toHaveText('Restored: 0 items added, 2 already here.');
	await expect(phone.progressLine).toHaveText(/^3 of \d+ questions answered$/);
	const back = new SectionPage(there.page, sections[1]!.id);
	await back.goto();
	await expect(back.heading(3)).toBeVisible();
});

test('a progress file chosen while the page is still loading is restored once it has loaded', async ({
	page,
	homePage: home,
	newDevice
}, info) => {
	const quiz = new SectionPage(page, sections[0]!.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await home.goto();
	const file = await home.downloadProgress(join(info.outputDir, 'progress.json'));

	// A slow phone: the page is shown, and a file can be chosen, well before its scripts run.
	const phone = new HomePage(await newDevice());
	await phone.page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await phone.page.goto('/', { waitUntil: 'commit' });
	await phone.restore(file);
	await expect(phone.restoreStatus).toHaveText('Restored: 1 item added.');
	await expect(phone.progressLine).toHaveText(/^1 of \d+ questions answered$/);
});

test('after the first finished section the browser is asked, once, to keep the work', async ({
	page,
	homePage: home,
	modulePage
}) => {
	// The browser's answer is the test's to give: here it agrees. Its promise outlives a page.
	await page.addInitScript(() => {
		const kept = () => sessionStorage.getItem('test:kept') === 'yes';
		Object.assign(navigator.storage, {
			persisted: async () => kept(),
			persist: async () => {
				sessionStorage.setItem(
					'test:asked',
					String(Number(sessionStorage.getItem('test:asked')) + 1)
				);
				sessionStorage.setItem('test:kept', 'yes');
				return true;
			}
		});
	});
	await home.goto();
	await expect(
		page.getByText('This browser may clear your progress if the device runs short of space.', {
			exact: false
		})
	).toBeVisible();

	const quiz = new SectionPage(page, sections[1]!.id);
	await quiz.goto();
	await quiz.finish();
	await expect(
		page.getByText('This browser will keep your progress until you delete it.')
	).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.getItem('test:asked'))).toBe('1');
	await modulePage.goto();
	await home.goto();
	await expect(
		page.getByText('This browser has agreed to keep your progress until you delete it.')
	).toBeVisible();
});

test('answers restored for a module this site lacks are kept, and counted for none of its modules', async ({
	homePage: home
}, info) => {
	const first = questionsOf(sections[0]!.id)[0]!;
	// Another site's module that happens to use the same section and question ids.
	const file = info.outputPath('other-site.json');
	await writeFile(
		file,
		JSON.stringify({
			format: 'lectern-progress',
			version: 2,
			exportedAt: '2026-11-20T10:00:00.000Z',
			attempts: [
				{
					id: 'other-1',
					moduleId: 'gaza-2009',
					sectionId: first.section,
					questionId: first.id,
					answer: { type: 'single', choice: 'a' },
					correct: true,
					try: 1,
					at: Date.parse('2026-11-20T09:00:00Z')
				}
			],
			closedSections: [],
			assignments: []
		})
	);
	await home.goto();
	await home.restore(file);
	await expect(home.restoreStatus).toHaveText('Restored: 1 item added.');
	await expect(home.progressLine).toHaveText(/^0 of \d+ questions answered$/);
	await home.page.reload();
	await expect(home.progressLine).toHaveText(/^0 of \d+ questions answered$/);
});

test('a long progress file restores with a bar that says how far it has gone', async ({
	homePage: home
}, info) => {
	const first = questionsOf(sections[0]!.id)[0]!;
	const rows = 20_000;
	const file = info.outputPath('years.json');
	await writeFile(
		file,
		JSON.stringify({
			format: 'lectern-progress',
			version: 2,
			exportedAt: '2026-11-20T10:00:00.000Z',
			attempts: Array.from({ length: rows }, (_, i) => ({
				id: `old-${i}`,
				moduleId: 'gaza-2009',
				sectionId: first.section,
				questionId: first.id,
				answer: { type: 'single', choice: 'a' },
				correct: true,
				try: 1,
				at: Date.parse('2026-11-20T09:00:00Z') - i
			})),
			closedSections: [],
			assignments: []
		})
	);
	await home.goto();
	await home.restore(file);
	const bar = home.page.getByRole('progressbar', { name: /^Answers and assignments gone through/ });
	await expect(bar).toBeVisible();
	// Restoring takes seconds here, not the few an expectation waits by default.
	await expect(home.restoreStatus).toHaveText('Restored: 20,000 items added.', { timeout: 60_000 });
	await expect(bar).toBeHidden();
});
