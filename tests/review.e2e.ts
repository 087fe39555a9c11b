import { expect, test } from '@playwright/test';
import { sections } from './module-data';
import { QuizPage } from './quiz-page';

const start = Date.parse('2026-11-25T10:00:00Z');
const after = (minutes: number) => new Date(start + minutes * 60_000);

test('answered questions come back for review, a missed one sooner; reviewing moves a card on', async ({
	page
}) => {
	await page.clock.install({ time: start });
	const quiz = new QuizPage(page, sections[0]!.id);
	await quiz.goto();
	// Question 1 right at once; question 2 wrong twice.
	await quiz.answerAndCheck(1, true);
	await quiz.nextButton.click();
	await quiz.answerAndCheck(2, false);
	await quiz.answer(2, false);
	await quiz.check();
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();

	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Review: nothing due now' })).toBeVisible();

	// Two minutes later only the missed question is back.
	await page.clock.setSystemTime(after(2));
	await page.goto('/');
	await page.getByRole('link', { name: 'Review: 1 question due' }).click();
	await expect(page.getByRole('heading', { name: '1 question to review' })).toBeVisible();
	// The fill-in question asked again: its prompt names the group of its answer box.
	await expect(page.getByRole('group', { name: /^ISIS took Tikrit/ })).toBeVisible();
	await quiz.answer(2, true);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Review saved' })).toHaveText(
		'Correct. Review saved on this device.'
	);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(
		page.getByRole('heading', { name: 'That is all for now. Well done.' })
	).toBeFocused();

	// Ten minutes on, the one known comes back too; the one just reviewed waits longer.
	await page.clock.setSystemTime(after(11));
	await page.reload();
	await expect(page.getByRole('heading', { name: '1 question to review' })).toBeVisible();
	await expect(page.getByRole('group', { name: quiz.questions[0]!.prompt })).toBeVisible();
});
