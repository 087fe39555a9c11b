import { expect, test } from './fixtures';
import { sections } from './module-data';
import { ModulePage } from './pages/module-page';
import { SectionPage } from './pages/section-page';

const first = sections[0]!;

test('the module page follows answers given in another tab, and a reset, without a reload', async ({
	context
}) => {
	const overview = new ModulePage(await context.newPage());
	await overview.goto();
	await expect(overview.sectionRow(first.title)).toContainText('Not started');

	const quiz = new SectionPage(await context.newPage(), first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);

	await expect(overview.sectionRow(first.title)).toContainText('In progress');
	await expect(overview.page.getByRole('link', { name: 'Continue' })).toBeVisible();
	await overview.reset();
	await expect(overview.sectionRow(first.title)).toContainText('Not started');
});
