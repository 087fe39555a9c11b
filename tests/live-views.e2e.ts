import { expect, test } from '@playwright/test';
import { MODULE_ID, sections } from './module-data';
import { QuizPage } from './quiz-page';

const first = sections[0]!;

test('the module page follows answers given in another tab, and a reset, without a reload', async ({
	context
}) => {
	const overview = await context.newPage();
	await overview.goto(`/m/${MODULE_ID}`);
	const firstSection = overview
		.getByRole('list', { name: 'Sections' })
		.getByRole('listitem')
		.filter({ hasText: first.title });
	await expect(firstSection).toContainText('Not started');

	const quiz = new QuizPage(await context.newPage(), first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);

	await expect(firstSection).toContainText('In progress');
	await expect(overview.getByRole('link', { name: 'Continue' })).toBeVisible();

	await overview.getByRole('button', { name: 'Reset this module…' }).click();
	await overview.getByRole('button', { name: 'Delete my answers' }).click();
	await expect(firstSection).toContainText('Not started');
});
