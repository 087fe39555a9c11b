import { type Page } from '@playwright/test';
import { expectNoAxeViolations as audit, scrollWidth } from './a11y-audit';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { ActorsPage } from './pages/actors-page';
import { GlossaryPage } from './pages/glossary-page';
import { MapPage } from './pages/map-page';
import { ModulePage } from './pages/module-page';
import { ReadingCards } from './pages/reading-cards';
import { ReviewPage } from './pages/review-page';
import { SectionPage } from './pages/section-page';
import { SettingsPage } from './pages/settings-page';
import { StudioPage } from './pages/studio-page';
import { TimelinePage } from './pages/timeline-page';

const aids = [ActorsPage.path, TimelinePage.path, MapPage.path, GlossaryPage.path];
const sectionPaths = sections.map((s) => SectionPage.pathOf(s.id));

test('the review page, with a question to review, has no axe violations', async ({
	page,
	sectionPage: quiz,
	reviewPage
}) => {
	await quiz.goto();
	await quiz.missTwice(1);
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
	// A miss comes back after ten minutes (FSRS's relearning step): look a little ahead.
	await page.clock.install({ time: Date.now() + 15 * 60_000 });
	await reviewPage.goto();
	await expect(reviewPage.dueHeading(1)).toBeVisible();
	await audit(page);
});

// One test a page: a full audit takes seconds on a busy two-core machine.
for (const path of ['/', ModulePage.path, ...sectionPaths, StudioPage.path]) {
	test(`${path} has no axe violations`, async ({ page }) => {
		await page.goto(path);
		await audit(page);
	});
}

// One test a page: four audits in one test outran its time on a busy machine.
for (const path of aids) {
	test(`the reading aid ${path} has no axe violations`, async ({ page }) => {
		await page.goto(path);
		await audit(page);
	});
}

test('open actor and word cards and a chosen place have no axe violations', async ({
	sectionPage,
	mapPage
}) => {
	await sectionPage.goto();
	const cards = new ReadingCards(sectionPage.page);
	await cards.open(cards.firstMention);
	await audit(sectionPage.page);
	await sectionPage.page.keyboard.press('Escape');
	await cards.open(cards.firstWord);
	await audit(sectionPage.page);
	await mapPage.goto('#place-mosul');
	await audit(mapPage.page);
});

test('a locate question has no axe violations', async ({ sectionPage: quiz }) => {
	const n = quiz.questions.findIndex((q) => q.type === 'locate') + 1;
	await quiz.goto();
	await quiz.work({ to: n - 1 });
	await expect(quiz.card(n).getByRole('img', { name: 'Map' })).toBeVisible();
	await audit(quiz.page);
});

test('feedback, hints, highlights and results have no axe violations', async ({
	sectionPage: quiz
}) => {
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	await audit(quiz.page);
	await quiz.answer(1, false);
	await quiz.check();
	await quiz.showInText();
	await audit(quiz.page);
	const module = await quiz.openModulePage();
	await expect(module.whatYouKnow).toBeVisible();
	await audit(module.page);
});

test('every page is usable 320 px wide, without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of [
		'/',
		ModulePage.path,
		...sectionPaths,
		...aids,
		SettingsPage.path,
		ReviewPage.path,
		StudioPage.path
	]) {
		await page.goto(path);
		expect(await scrollWidth(page), path).toBeLessThanOrEqual(320);
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

test('every link, button, choice and field is at least 44 px tall', async ({
	sectionPage: quiz,
	homePage,
	modulePage
}) => {
	const page = quiz.page;
	await quiz.goto();
	for (let n = 1; n <= quiz.questions.length; n++) {
		expect(await smallTargets(page), `question ${n}`).toEqual([]);
		await quiz.answerAndCheck(n, n !== 1);
		expect(await smallTargets(page), `question ${n} answered`).toEqual([]);
		if (n === 1) {
			await quiz.answer(1, false);
			await quiz.check();
		}
		await quiz.next();
	}
	expect(await smallTargets(page), 'section results').toEqual([]);
	await homePage.goto();
	await expect(homePage.progressLine).toBeVisible();
	expect(await smallTargets(page), 'home').toEqual([]);
	await modulePage.goto();
	await expect(modulePage.whatYouKnow).toBeVisible();
	expect(await smallTargets(page), 'module').toEqual([]);
});

test('the article is in the prerendered page and readable without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const section = new SectionPage(await context.newPage(), sections[0]!.id);
	await section.page.goto(section.path);
	await expect(section.pageHeading).toBeVisible();
	await expect(section.article.getByText('After overrunning Mosul, Iraq')).toBeVisible();
	await context.close();
});

test('follows the dark colour scheme and reduced motion', async ({ page, sectionPage }) => {
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	await page.goto(sectionPage.path);
	const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(bg).toBe('rgb(22, 23, 27)');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto'
	);
	await audit(page);
});
