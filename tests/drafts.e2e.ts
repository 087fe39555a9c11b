import { expect, test } from '@playwright/test';
import { MODULE_ID, sections } from './module-data';
import { QuizPage } from './quiz-page';

const first = sections[0]!;

test('a tampered draft in the tab’s session is dropped, not checked as an answer', async ({
	page
}) => {
	const quiz = new QuizPage(page, first.id);
	const question = quiz.questions[0]!;
	// What a reload would bring back, but not of an answer's shape: a choice that is an object.
	await page.addInitScript(
		([key, id]) => {
			if (!sessionStorage.getItem('seeded')) {
				sessionStorage.setItem('seeded', '1');
				sessionStorage.setItem(key, JSON.stringify({ [id]: { type: 'single', choice: {} } }));
			}
		},
		[`lectern:drafts:${MODULE_ID}/${first.id}/`, question.id] as const
	);
	await quiz.goto();
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	await quiz.check();
	await expect(quiz.status).toHaveText('Give an answer before checking.');
});
