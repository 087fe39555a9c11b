import { expect, test } from './fixtures';
import { optionsOf, questionsOf, sections } from './module-data';

const count = (ids: string[]) => ids.reduce((n, id) => n + questionsOf(id).length, 0);
const totalLine = (n: number, questions: number) =>
	new RegExp(`^${n} sections, ${questions} questions, about \\d+ minutes in all\\.$`);

test('before making the link, a teacher reads each section’s questions with their keys, how many and how long', async ({
	assignPage
}) => {
	await assignPage.goto();
	const all = sections.map((s) => s.id);
	const total = assignPage.preview.getByText(/in all\.$/);
	await expect(total).toHaveText(totalLine(sections.length, count(all)));

	// Leaving a section out takes its questions out of the preview.
	const [first, second] = sections;
	await assignPage.sectionBox(second!.title).uncheck();
	await expect(total).toHaveText(
		totalLine(sections.length - 1, count(all.filter((id) => id !== second!.id)))
	);

	const asked = questionsOf(first!.id);
	const { summary, questions } = await assignPage.openPreview(1);
	await expect(summary).toHaveText(
		new RegExp(`^1\\. ${first!.title}: ${asked.length} questions, about \\d+ minutes$`)
	);
	await expect(questions.locator(':scope > li')).toHaveCount(asked.length);
	// A one-answer question shows its right option as the key, under its prompt.
	const single = asked.find((q) => q.type === 'single')!;
	const item = questions.locator(':scope > li').filter({ hasText: single.prompt });
	const key = optionsOf(single).find((o) => o.id === single.answer)!.text;
	await expect(item.getByText(`Answer: ${key}`, { exact: true })).toBeVisible();
	await expect(item.getByText('One answer', { exact: true })).toBeVisible();
});

test('the links a teacher made are kept in My assignments, to show again after a reload or take off the list', async ({
	assignPage
}) => {
	await assignPage.goto();
	await expect(assignPage.myAssignments).toContainText('None yet');
	const week1 = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 2 });
	await expect(assignPage.sheet('Week 1')).toContainText('Kept in My assignments on this device.');
	await assignPage.makeLink({ title: 'Week 2', className: '10B', skip: [sections[0]!.id] });
	await expect(assignPage.madeTitles()).toHaveText(['Week 2', 'Week 1']);
	await expect(assignPage.made('Week 1')).toContainText(
		`2 sections: ${sections[0]!.title}, ${sections[1]!.title}`
	);
	await expect(assignPage.made('Week 1')).toContainText('Class 10B');

	// Another day: the list is still here, and each link can be shown and shared again.
	await assignPage.page.reload();
	await assignPage.expectReady();
	await expect(assignPage.madeTitles()).toHaveText(['Week 2', 'Week 1']);
	expect(await assignPage.showMade('Week 1')).toBe(week1);

	// Taking one off the list is asked first; keeping it changes nothing.
	await assignPage.removeMade('Week 2', false);
	await expect(assignPage.madeTitles()).toHaveText(['Week 2', 'Week 1']);
	await expect(assignPage.removeButton('Week 2')).toBeFocused();
	await assignPage.removeMade('Week 2', true);
	await expect(assignPage.myAssignments.getByRole('status')).toHaveText(
		'“Week 2” was removed from your list.'
	);
	await expect(assignPage.madeTitles()).toHaveText(['Week 1']);
	await expect(assignPage.myAssignments.getByRole('heading', { level: 2 })).toBeFocused();
	await assignPage.page.reload();
	await expect(assignPage.madeTitles()).toHaveText(['Week 1']);
});

test('where the browser keeps nothing, the link is still made and the teacher is told it is not listed', async ({
	page,
	assignPage
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('Internal error opening backing store', 'UnknownError');
		};
	});
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1' });
	expect(new URL(link).pathname).toBe('/a');
	await expect(assignPage.sheet('Week 1')).toContainText(
		'Not kept in My assignments (this browser is not keeping data).'
	);
	await expect(assignPage.myAssignments).toContainText('not keeping data');
});
