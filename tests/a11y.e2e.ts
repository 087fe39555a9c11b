import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MODULE_ID, sections } from './module-data';
import { QuizPage } from './quiz-page';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const aids = ['actors', 'timeline', 'map', 'glossary'].map((aid) => `/m/${MODULE_ID}/${aid}`);
const audit = async (page: Page) => {
	const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};

test('the review page, with a question to review, has no axe violations', async ({ page }) => {
	const quiz = new QuizPage(page, sections[0]!.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	await quiz.answer(1, false);
	await quiz.check();
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
	// A miss comes back after a minute: look a little ahead.
	await page.clock.install({ time: Date.now() + 5 * 60_000 });
	await page.goto('/review');
	await expect(page.getByRole('heading', { name: '1 question to review' })).toBeVisible();
	await audit(page);
});

test('home, module and section pages have no axe violations', async ({ page }) => {
	// Nine full audits: on a busy two-core machine that can outlast the default timeout.
	test.setTimeout(90_000);
	await page.goto('/');
	await audit(page);
	await page.goto(`/m/${MODULE_ID}`);
	await audit(page);
	for (const s of sections) {
		await page.goto(`/m/${MODULE_ID}/${s.id}`);
		await audit(page);
	}
});

test("the who's who, timeline, map and glossary pages have no axe violations", async ({ page }) => {
	for (const path of aids) {
		await page.goto(path);
		await audit(page);
	}
});

test('open actor and word cards, a chosen place and a locate question have no axe violations', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto(`/m/${MODULE_ID}/${sections[0]!.id}`);
	const article = page.getByRole('article');
	await article.locator('button.mention').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await audit(page);
	await page.keyboard.press('Escape');
	await article.locator('button.term').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await audit(page);
	await page.goto(`/m/${MODULE_ID}/map#place-mosul`);
	await audit(page);

	const quiz = new QuizPage(page, sections[0]!.id);
	const n = quiz.questions.findIndex((q) => q.type === 'locate') + 1;
	await quiz.goto();
	for (let i = 1; i < n; i++) {
		await quiz.answerAndCheck(i, true);
		await quiz.nextButton.click();
	}
	await expect(page.getByRole('img', { name: 'Map' })).toBeVisible();
	await audit(page);
});

test('feedback, hints, highlights and results have no axe violations', async ({ page }) => {
	const quiz = new QuizPage(page, sections[0]!.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	await audit(page);
	await quiz.answer(1, false);
	await quiz.check();
	await page.getByRole('button', { name: 'Show in text' }).click();
	await audit(page);
	await page.goto(`/m/${MODULE_ID}`);
	await expect(page.getByRole('heading', { name: 'What you know' })).toBeVisible();
	await audit(page);
});

test('every page is usable 320 px wide, without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of [
		'/',
		`/m/${MODULE_ID}`,
		...sections.map((s) => `/m/${MODULE_ID}/${s.id}`),
		...aids,
		'/settings',
		'/review'
	]) {
		await page.goto(path);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(320);
	}
});

/** Every visible control on the page shorter than 44 px. */
async function smallTargets(page: Page) {
	// Measured in the page in one go: the section pages hold hundreds of links in closed cards.
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				// A radio or checkbox is tapped through its label, which is the target. Names and words in
				// the running text are exempt (WCAG 2.5.8, inline targets): they keep its line height.
				'a, button:not(.mention):not(.term), select, input[type=text], label.choice, summary'
			)
		]
			.filter((el) => el.checkVisibility({ visibilityProperty: true }))
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && box.height < 44;
			})
			.map((el) => el.outerHTML.slice(0, 90))
	);
}

test('every link, button, choice and field is at least 44 px tall', async ({ page }) => {
	const quiz = new QuizPage(page, sections[0]!.id);
	await quiz.goto();
	for (let n = 1; n <= quiz.questions.length; n++) {
		expect(await smallTargets(page), `question ${n}`).toEqual([]);
		await quiz.answerAndCheck(n, n !== 1);
		expect(await smallTargets(page), `question ${n} answered`).toEqual([]);
		if (n === 1) {
			await quiz.answer(1, false);
			await quiz.check();
		}
		await quiz.nextButton.click();
	}
	expect(await smallTargets(page), 'section results').toEqual([]);
	await page.goto('/');
	await expect(page.getByText(/questions answered/)).toBeVisible();
	expect(await smallTargets(page), 'home').toEqual([]);
	await page.goto(`/m/${MODULE_ID}`);
	await expect(page.getByRole('heading', { name: 'What you know' })).toBeVisible();
	expect(await smallTargets(page), 'module').toEqual([]);
});

test('the article is in the prerendered page and readable without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/m/${MODULE_ID}/${sections[0]!.id}`);
	await expect(page.getByRole('heading', { level: 1, name: sections[0]!.title })).toBeVisible();
	await expect(page.getByText('After overrunning Mosul, Iraq')).toBeVisible();
	await context.close();
});

test('follows the dark colour scheme and reduced motion', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await page.goto(`/m/${MODULE_ID}/${sections[0]!.id}`);
	const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(bg).toBe('rgb(22, 23, 27)');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto'
	);
	await audit(page);
});
