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
