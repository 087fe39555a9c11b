import { expect, test } from './fixtures';
import { questionsOf, sections } from './module-data';
import { AssignmentPage } from './pages/assignment-page';
import { ModulePage } from './pages/module-page';
import { SectionPage } from './pages/section-page';
import { TeacherPage } from './pages/teacher-page';

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

test('the assignment page counts answers given in another tab as they are saved', async ({
	context,
	assignPage
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', sectionCount: 1 });
	const count = questionsOf(first.id).length;
	const overview = new AssignmentPage(await context.newPage());
	await overview.goto(link);
	await overview.startAs('Ann');
	await expect(overview.resultRow(first.title)).toContainText(`0 / ${count}`);

	const elsewhere = new AssignmentPage(await context.newPage());
	await elsewhere.goto(link);
	const quiz = await elsewhere.continue();
	await quiz.answerAndCheck(1, true);

	await expect(overview.resultRow(first.title)).toContainText(`1 / ${count}`);
});

test('the dashboard shows files imported in another tab, and a class removed there', async ({
	context,
	assignPage,
	handIn
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 1 });
	const ann = await handIn(link, 'Ann');
	const watching = new TeacherPage(await context.newPage());
	await watching.goto();
	await expect(watching.empty).toBeVisible();

	const importing = new TeacherPage(await context.newPage());
	await importing.goto();
	await importing.importFiles([ann]);

	const report = watching.report('Week 1 · 10B');
	await expect(report.student('Ann')).toBeVisible();
	await importing.report('Week 1 · 10B').remove(1);
	await expect(watching.empty).toBeVisible();
});
