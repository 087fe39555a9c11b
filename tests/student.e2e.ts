import { expect, test } from '@playwright/test';
import { MODULE_ID, moduleTitle, paragraphsOf, sections } from './module-data';
import { QuizPage } from './quiz-page';

const first = sections[0]!;

test('home lists the module, and the module page starts the first section', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Lectern' })).toBeVisible();
	await expect(page.getByText('0 of', { exact: false })).toBeVisible();
	await page.getByRole('link', { name: moduleTitle }).click();
	await expect(page.getByRole('heading', { level: 1, name: moduleTitle })).toBeVisible();
	await expect(page.getByText('Opinion piece', { exact: true }).first()).toBeVisible();
	await expect(
		page.getByText('Copyright © Bill Van Auken, World Socialist Web Site, 2014')
	).toBeVisible();
	await expect(page.getByRole('list', { name: 'Sections' }).getByRole('listitem')).toHaveCount(
		sections.length
	);
	await page.getByRole('link', { name: 'Start reading' }).click();
	await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
});

test('a right first answer scores 1 and is saved before it shows', async ({ page }) => {
	const quiz = new QuizPage(page, first.id);
	await quiz.goto();
	await expect(page.getByText('After overrunning Mosul')).toBeVisible();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toHaveText(/^Correct\. 1 point\. Answer saved on this device\./);
	await expect(page.getByText(quiz.questions[0]!.explanation)).toBeVisible();
	// Focus moves to the next step.
	await expect(quiz.nextButton).toBeFocused();
});

test('a wrong first answer gets a hint and one more try, worth half a point', async ({ page }) => {
	const quiz = new QuizPage(page, first.id);
	await quiz.goto();
	await quiz.answer(1, false);
	await quiz.check();
	await expect(quiz.status).toContainText('Not quite. Try once more.');
	await expect(page.getByRole('form').getByText(quiz.questions[0]!.hint)).toBeVisible();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct at the second try. 0.5 points.');
});

test('two wrong tries show the right answer and score 0', async ({ page }) => {
	const quiz = new QuizPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	await quiz.answer(1, false);
	await quiz.check();
	await expect(quiz.status).toContainText('Not this time. Here is the answer. 0 points.');
	await expect(page.getByText('Right answer:')).toBeVisible();
});

test('"Show in text" highlights the evidence and moves focus to it', async ({ page }) => {
	const quiz = new QuizPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await page.getByRole('button', { name: 'Show in text' }).click();
	const evidence = quiz.questions[0]!.evidence[0]!;
	const marked = page.locator('mark');
	await expect(marked.first()).toBeFocused();
	await expect(marked.first()).toBeInViewport();
	expect((await marked.allTextContents()).join(' ')).toContain(evidence.split('. ')[0]);
	await page.getByRole('button', { name: 'Back to the question' }).click();
	await expect(page.locator('mark')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Show in text' })).toBeFocused();
});

test('Check without an answer says what to do and saves nothing', async ({ page }) => {
	const quiz = new QuizPage(page, first.id);
	await quiz.goto();
	await quiz.check();
	await expect(quiz.status).toHaveText('Give an answer before checking.');
	await expect(quiz.heading(1)).toBeVisible();
	await expect(quiz.checkButton).toBeVisible();
	await page.goto(`/m/${MODULE_ID}`);
	await expect(
		page.getByRole('list', { name: 'Sections' }).getByRole('listitem').first()
	).toContainText('Not started');
});

test('finishing a section shows its score, the questions missed, and the way on', async ({
	page
}) => {
	const quiz = new QuizPage(page, first.id);
	await quiz.goto();
	const total = quiz.questions.length;
	for (let n = 1; n <= total; n++) {
		// Miss question 2 twice; get the rest right.
		if (n === 2) {
			await quiz.answerAndCheck(n, false);
			await quiz.answer(n, false);
			await quiz.check();
		} else {
			await quiz.answerAndCheck(n, true);
		}
		await expect(quiz.nextButton).toBeFocused();
		await quiz.nextButton.click();
	}
	await expect(quiz.summaryHeading).toBeFocused();
	await expect(page.getByText(`You scored ${total - 1} out of ${total}.`)).toBeVisible();
	await page.getByRole('button', { name: 'Go to question 2' }).click();
	await expect(quiz.heading(2)).toBeVisible();
	await expect(page.getByText('Not this time. Here is the answer.')).toBeVisible();
	await page.goto(`/m/${MODULE_ID}`);
	const row = page
		.getByRole('list', { name: 'Sections' })
		.getByRole('listitem')
		.filter({ hasText: first.title });
	await expect(row).toContainText('Finished');
	await expect(row).toContainText(`Score: ${total - 1} of ${total}`);
	await expect(page.getByRole('heading', { name: 'What you know' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Worth revisiting/ }).first()).toBeVisible();
	await page.getByRole('link', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1, name: sections[1]!.title })).toBeVisible();
});

test('each section shows its text word for word, sentences spaced as in the source', async ({
	page
}) => {
	for (const s of sections) {
		await page.goto(`/m/${MODULE_ID}/${s.id}`);
		const shown = await page.getByRole('article').locator('p').allInnerTexts();
		expect(shown, s.id).toEqual(paragraphsOf(s.id));
	}
});
