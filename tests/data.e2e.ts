import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MODULE_ID, sections } from './module-data';
import { QuizPage } from './quiz-page';

const progressLine = (page: Page) =>
	page.getByRole('listitem').filter({ hasText: 'questions answered' }).locator('.progress');

test('progress downloaded on one device is restored on another, merged without duplicates', async ({
	page,
	browser
}, info) => {
	const quiz = new QuizPage(page, sections[1]!.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.nextButton.click();
	await quiz.answerAndCheck(2, true);

	await page.goto('/');
	await expect(page.getByText('You have not downloaded your progress yet.')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download my progress' }).click();
	const file = join(info.outputDir, 'progress.json');
	await (await downloading).saveAs(file);
	await expect(page.getByText(/^Last downloaded: /)).toBeVisible();
	await page.reload();
	await expect(page.getByText(/^Last downloaded: /)).toBeVisible();

	// Another device, where one answer of its own was already given.
	const other = await browser.newContext();
	const phone = await other.newPage();
	const there = new QuizPage(phone, sections[0]!.id);
	await there.goto();
	await there.answerAndCheck(1, true);
	await phone.goto('/');
	await expect(progressLine(phone)).toHaveText(/^1 of \d+ questions answered$/);

	// A broken file first: it is refused, and nothing changes.
	const broken = join(info.outputDir, 'broken.json');
	await writeFile(broken, (await readFile(file, 'utf8')).slice(0, 200));
	const restore = phone.getByLabel('Restore from a progress file');
	await restore.setInputFiles(broken);
	const status = phone.getByRole('status').filter({ hasText: /Nothing was changed|Restored/ });
	await expect(status).toHaveText(/^This file is not a progress file .* Nothing was changed\.$/);
	await expect(progressLine(phone)).toHaveText(/^1 of \d+ questions answered$/);

	await restore.setInputFiles(file);
	await expect(status).toHaveText('Restored: 2 items added.');
	await expect(progressLine(phone)).toHaveText(/^3 of \d+ questions answered$/);
	// The same file again adds nothing.
	await restore.setInputFiles(file);
	await expect(status).toHaveText('Restored: 0 items added, 2 already here.');
	await expect(progressLine(phone)).toHaveText(/^3 of \d+ questions answered$/);
	const back = new QuizPage(phone, sections[1]!.id);
	await back.goto();
	await expect(back.heading(3)).toBeVisible();
	await other.close();
});

test('after the first finished section the browser is asked, once, to keep the work', async ({
	page
}) => {
	// A whole section is answered: on a busy two-core machine that can take more than 30 s.
	test.setTimeout(60_000);
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
	await page.goto('/');
	await expect(
		page.getByText('This browser may clear your progress if the device runs short of space.', {
			exact: false
		})
	).toBeVisible();

	const quiz = new QuizPage(page, sections[1]!.id);
	await quiz.goto();
	for (let i = 1; i <= quiz.questions.length; i++) {
		await quiz.answerAndCheck(i, true);
		await quiz.nextButton.click();
	}
	await expect(quiz.summaryHeading).toBeVisible();
	await expect(
		page.getByText('This browser will keep your progress until you delete it.')
	).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.getItem('test:asked'))).toBe('1');
	await page.goto(`/m/${MODULE_ID}`);
	await page.goto('/');
	await expect(
		page.getByText('This browser has agreed to keep your progress until you delete it.')
	).toBeVisible();
});
