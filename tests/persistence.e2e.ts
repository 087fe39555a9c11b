import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { MODULE_ID, sections } from './module-data';
import { HomePage } from './pages/home-page';
import { ModulePage } from './pages/module-page';
import { SectionPage } from './pages/section-page';
import { holdStorageCode } from './storage-probes';

const [first, second] = [sections[0]!, sections[1]!];

test('reloading mid-quiz returns to the same question with earlier answers shown', async ({
	page
}) => {
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	await quiz.answerAndCheck(2, false);
	await page.reload();
	await expect(quiz.heading(2)).toBeVisible();
	await expect(quiz.hint(2)).toBeVisible();
	await quiz.previous();
	await expect(quiz.heading(1)).toBeVisible();
	await expect(quiz.verdict('Correct.')).toBeVisible();
	await expect(quiz.card(1).getByText(quiz.question(1).explanation)).toBeVisible();
});

test('closing the tab right after "saved" shows loses nothing', async ({ context }) => {
	const page = await context.newPage();
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Answer saved on this device.');
	await page.close({ runBeforeUnload: false });

	const again = new SectionPage(await context.newPage(), first.id);
	await again.goto('#quiz');
	await expect(again.heading(2)).toBeVisible();
	await again.previous();
	await expect(again.verdict('Correct.')).toBeVisible();
});

test('two tabs on the same module keep both tabs’ answers', async ({ context }) => {
	const a = new SectionPage(await context.newPage(), first.id);
	const b = new SectionPage(await context.newPage(), second.id);
	await a.goto();
	await b.goto();
	await a.answerAndCheck(1, true);
	await b.answerAndCheck(1, true);
	await a.next();
	await a.answerAndCheck(2, true);

	const module = new ModulePage(await context.newPage());
	await module.goto();
	await expect(module.sectionRow(first.title)).toContainText('Score: 2 of');
	await expect(module.sectionRow(second.title)).toContainText('Score: 1 of');
});

test('an answer given in one tab shows up in the other, which does not grade it again', async ({
	context
}) => {
	const a = new SectionPage(await context.newPage(), first.id);
	const b = new SectionPage(await context.newPage(), first.id);
	await a.goto();
	await b.goto();
	await a.answerAndCheck(1, true);
	await expect(b.verdict('Correct.')).toBeVisible();
	await expect(b.checkButton).toBeHidden();
	await b.next();
	await b.answerAndCheck(2, false);
	await a.next();
	// Tab A learns of tab B's wrong first try: it offers the second try, with the hint.
	await expect(a.hint(2)).toBeVisible();
});

test('reopening a finished section shows its results', async ({ page, sectionPage: quiz }) => {
	await quiz.goto();
	await quiz.finish();
	await page.reload();
	await expect(quiz.summaryHeading).toBeVisible();
	await expect(quiz.score(quiz.questions.length)).toBeVisible();
	await quiz.goToNextSection();
});

test('without IndexedDB the quiz still works and says progress is not kept', async ({ page }) => {
	await page.addInitScript(() =>
		Object.defineProperty(window, 'indexedDB', { get: () => undefined })
	);
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.storageAlert).toContainText('progress will not be kept');
	await expect(quiz.status).toContainText('Correct. 1 point.');
	await expect(quiz.status).toContainText('This browser is not keeping progress');
	// The answer lives only in the page, and the student can still take it away.
	const file = JSON.parse(readFileSync(await quiz.downloadProgress(), 'utf8'));
	expect(file.attempts).toEqual([
		expect.objectContaining({ questionId: quiz.question(1).id, correct: true })
	]);
});

test('a tab whose database was upgraded elsewhere stops saving and asks for a reload', async ({
	page
}) => {
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	// Another tab with a newer Lectern opens the database at a higher version.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('lectern', 990);
				req.onsuccess = () => (req.result.close(), resolve());
				req.onerror = () => reject(req.error);
			})
	);
	await expect(quiz.storageAlert).toContainText('Lectern was updated in another tab');
	await expect(quiz.storageAlert.getByRole('button', { name: 'Reload' })).toBeVisible();
	await quiz.next();
	await quiz.answer(2, true);
	await quiz.check();
	await expect(quiz.status).toContainText('could not be saved: Lectern was updated in another tab');
});

test('a student downloads all progress as JSON, then resets the module after confirming', async ({
	page
}) => {
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);

	const home = new HomePage(page);
	await home.goto();
	const file = JSON.parse(readFileSync(await home.downloadProgress(), 'utf8'));
	expect(file).toMatchObject({ format: 'lectern-progress', version: 3 });
	expect(file.attempts).toEqual([
		expect.objectContaining({
			moduleId: MODULE_ID,
			sectionId: first.id,
			questionId: quiz.question(1).id,
			correct: true,
			try: 1
		})
	]);

	const module = new ModulePage(page);
	await module.goto();
	await module.askToReset();
	await module.cancelReset();
	await expect(module.sectionRow(first.title)).toContainText('In progress');
	await module.reset();
	await expect(module.sectionRow(first.title)).toContainText('Not started');
	await expect(module.startReadingLink).toBeVisible();
});

test('Reset cannot be pressed before the page can act on it', async ({ page }) => {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gate;
		await route.continue();
	});
	const module = new ModulePage(page);
	await module.goto({ waitUntil: 'commit' });
	await expect(module.resetButton).toBeDisabled();
	release();
	await module.askToReset();
});

test('a choice made before saved progress has loaded is kept, and the hint still comes', async ({
	page
}) => {
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	const storage = await holdStorageCode(page);
	await page.reload();
	await expect(quiz.checkButton).toBeEnabled();
	await expect.poll(storage.isHeld).toBe(true);
	await quiz.answer(1, true);
	const loaded = storage.loaded();
	storage.release();
	await loaded;
	// The saved first try arrives late: the choice stays, and the hint for the second try shows.
	await expect(quiz.hint(1)).toBeVisible();
	await expect(quiz.card(1).getByRole('radio', { checked: true })).toHaveCount(1);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct at the second try. 0.5 points.');
});

test('an answer checked before saved progress has loaded is saved once it has', async ({
	page
}) => {
	const storage = await holdStorageCode(page);
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await expect.poll(storage.isHeld).toBe(true);
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.savingButton).toBeVisible();
	await expect(quiz.status).toBeEmpty();
	storage.release();
	await expect(quiz.status).toHaveText(/^Correct\. 1 point\. Answer saved on this device\./);
	await storage.stop();
	await page.reload();
	await expect(quiz.heading(2)).toBeVisible();
});
