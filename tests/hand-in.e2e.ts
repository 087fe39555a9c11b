import { readFile } from 'node:fs/promises';
import { readResults } from '../src/lib/results/file';
import { expect, test } from './fixtures';
import { sections, siteModules } from './module-data';
import { AssignmentPage } from './pages/assignment-page';

const first = sections[0]!;

test('the assignment page counts the blanks, leads on, asks before an empty or partial hand-in, and says where the file went', async ({
	assignPage,
	newDevice
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', sectionCount: 1 });
	const assignment = new AssignmentPage(await newDevice());
	await assignment.goto(link);
	await assignment.startAs('Maya');

	// Untouched: the way on comes first, and handing in an empty file asks first.
	await expect(assignment.actions.first()).toHaveText(`Continue: ${first.title}`);
	await assignment.handInButton.click();
	await expect(assignment.handInQuestion).toContainText(
		'You have not answered any question yet. Hand in an empty results file anyway?'
	);
	await assignment.handInQuestion.getByRole('button', { name: 'Not yet' }).click();
	await expect(assignment.handInQuestion).toHaveCount(0);

	// Three answered: the table shows the blanks, and a partial hand-in names them.
	const quiz = await assignment.continue();
	await quiz.work({ to: 3 });
	await assignment.goto(link);
	const count = quiz.questions.length;
	await expect(assignment.resultRow(first.title)).toContainText(
		`3 / ${count} (${count - 3} blank)`
	);
	await assignment.handInButton.click();
	await expect(assignment.handInQuestion).toContainText(
		`You have answered 3 of ${count} questions: ${count - 3} are blank and score 0.`
	);
	await assignment.handInQuestion.getByRole('button', { name: 'Not yet' }).click();

	// Everything answered: handing in is the main action, and goes without a question.
	await assignment.continue();
	await quiz.work({ from: 4 });
	await assignment.goto(link);
	await expect(assignment.resultRow(first.title)).toContainText(`${count} / ${count}`);
	await expect(assignment.actions.first()).toHaveText('Hand in my results');
	const download = await assignment.handIn({ blanks: false });
	await expect(assignment.handInStatus).toContainText('in your Downloads folder');
	await expect(assignment.handInStatus).toContainText(
		'attach that file to your class’s post for this assignment'
	);
	await expect(assignment.handInRegion.getByText(/^Handed in on /)).toBeVisible();
	await expect(assignment.handInButton).toHaveText('Hand in again');
	const file = await readResults(
		'maya.json',
		await readFile((await download.path())!, 'utf8'),
		siteModules
	);
	expect(file.totals.answered).toBe(count);

	// Back later, it still says it was handed in.
	await assignment.page.reload();
	await expect(assignment.handInRegion.getByText(/^Handed in on /)).toBeVisible();
});

test('where the phone can share a file, sharing with the teacher comes first, and a closed share sheet hands nothing in', async ({
	assignPage,
	newDevice
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', sectionCount: 1 });
	// A phone's share sheet, stood in for: it takes the file, or is closed when told to refuse.
	const page = await newDevice((context) =>
		context.addInitScript(() => {
			const w = window as unknown as { shared: { name: string; text: string }[]; refuse: boolean };
			w.shared = [];
			w.refuse = false;
			Object.assign(navigator, {
				canShare: (data: { files?: File[] }) => !!data.files?.length,
				share: async (data: { files: File[] }) => {
					if (w.refuse) throw new DOMException('Share canceled', 'AbortError');
					w.shared.push({ name: data.files[0]!.name, text: await data.files[0]!.text() });
				}
			});
		})
	);
	const assignment = new AssignmentPage(page);
	await assignment.goto(link);
	await assignment.startAs('Maya');
	const quiz = await assignment.continue();
	await quiz.answerAndCheck(1, true);
	await assignment.goto(link);

	await expect(assignment.shareButton).toBeVisible();
	await expect(assignment.handInButton).toHaveCount(0);
	await expect(
		assignment.handInRegion.getByRole('button', { name: 'Save the file instead' })
	).toBeVisible();

	await page.evaluate(() => ((window as unknown as { refuse: boolean }).refuse = true));
	await assignment.shareButton.click();
	await assignment.confirmHandIn();
	await expect(assignment.handInStatus).toContainText('Not shared.');
	await expect(assignment.handInRegion.getByText(/^Handed in on /)).toHaveCount(0);

	await page.evaluate(() => ((window as unknown as { refuse: boolean }).refuse = false));
	await assignment.shareButton.click();
	await assignment.confirmHandIn();
	await expect(assignment.handInStatus).toContainText('was handed to the app you chose');
	await expect(assignment.handInRegion.getByText(/^Handed in on /)).toBeVisible();
	const [shared] = await page.evaluate(
		() => (window as unknown as { shared: { name: string; text: string }[] }).shared
	);
	expect(shared!.name).toMatch(/^lectern-results-week-1-maya-.*\.json$/);
	const file = await readResults('maya.json', shared!.text, siteModules);
	expect(file.totals.answered).toBe(1);

	// Saving the file instead asks about the blanks as well, then downloads it.
	const downloading = page.waitForEvent('download');
	await assignment.handInRegion.getByRole('button', { name: 'Save the file instead' }).click();
	await expect(assignment.handInQuestion).toBeVisible();
	await assignment.confirmHandIn();
	expect((await downloading).suggestedFilename()).toMatch(/^lectern-results-week-1-maya-.*\.json$/);
});
