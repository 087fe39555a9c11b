import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations as audit, scrollWidth } from './a11y-audit';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

const text = `# The Suez crisis

In July 1956 Egypt took over the Suez Canal. Britain and France were angry.

Israel attacked Egypt in October. Britain and France followed.`;

/** A draft of two sections with one actor, ready for questions. */
async function startDraft(studio: StudioPage) {
	await studio.goto();
	await studio.startFrom(text);
	await studio.breaks().first().check();
	await studio.sectionHeading(1).fill('Egypt takes the canal');
	await studio.sectionHeading(2).fill('The war');
	await studio.newActor.fill('Egypt');
	await studio.addActorButton.click();
}

test('a teacher writes a one-answer question, tries it as a student, and finds it kept and exported', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await startDraft(studio);
	await studio.addQuestion('One answer', 'Egypt takes the canal');
	const editor = studio.questionEditor(1, 'One answer');
	// The new question's first field has the focus; what it lacks is said under each field.
	await expect(editor.getByLabel('Section', { exact: true })).toBeFocused();
	const prompt = editor.getByLabel('Question, as the student reads it');
	await expect(prompt).toHaveAccessibleDescription(/Error/);
	await expect(studio.preview).toBeHidden();
	await expect(
		editor.getByText('The question can be tried once its fields have no errors.')
	).toBeVisible();
	// No option starts as the right one: the author chooses it.
	await expect(editor.getByRole('radio', { checked: true })).toHaveCount(0);
	await expect(editor.getByRole('group', { name: 'The right answer' })).toHaveAccessibleDescription(
		/choose the right answer/
	);

	await prompt.fill('Who took over the Suez Canal in July 1956?');
	// Evidence is ticked from the section's own sentences, never typed.
	const evidence = editor.getByRole('group', { name: 'Evidence: the sentences that answer it' });
	await expect(evidence.getByRole('checkbox')).toHaveCount(2);
	await evidence
		.getByRole('checkbox', { name: 'In July 1956 Egypt took over the Suez Canal.' })
		.check();
	await editor.getByLabel('Option 1', { exact: true }).fill('Britain');
	await editor.getByLabel('Option 2', { exact: true }).fill('Egypt');
	await editor.getByLabel('Option 3', { exact: true }).fill('France');
	await editor.getByRole('radio', { name: 'Option 2 is the right answer' }).check();
	await editor
		.getByLabel('Feedback when option 1 is chosen wrongly (optional)')
		.fill('Britain was angry at it.');
	await editor.getByLabel('Hint, shown after a wrong first try').fill('Read the first sentence.');
	await editor.getByLabel('Explanation, shown with the feedback').fill('Egypt took it over.');
	await editor
		.getByRole('group', { name: 'What it asks about' })
		.getByRole('checkbox', { name: 'Egypt' })
		.check();
	await studio.expectSaved();

	// Tried in the real question card: a wrong first try gives the hint, a wrong second the
	// option's feedback; tried again, the right answer is right.
	const card = studio.preview.getByRole('form');
	const check = card.getByRole('button', { name: 'Check answer' });
	await card.getByRole('radio', { name: 'Britain' }).check();
	await check.click();
	await expect(card).toContainText('Hint: Read the first sentence.');
	await card.getByRole('radio', { name: 'Britain' }).check();
	await check.click();
	await expect(card).toContainText('Britain was angry at it.');
	await studio.preview.getByRole('button', { name: 'Try it again' }).click();
	await card.getByRole('radio', { name: 'Egypt' }).check();
	await check.click();
	await expect(card).toContainText('Correct');
	await expect(studio.checks.getByRole('button', { name: 'Question 1' })).toHaveCount(0);

	await page.reload();
	await page.getByRole('button', { name: 'Edit question 1' }).click();
	await expect(editor.getByLabel('Option 2', { exact: true })).toHaveValue('Egypt');
	await expect(editor.getByRole('radio', { name: 'Option 2 is the right answer' })).toBeChecked();

	const download = page.waitForEvent('download');
	await studio.exportButton.click();
	const files = unzipSync(readFileSync(await (await download).path()));
	const data = parse(strFromU8(files[Object.keys(files).find((f) => f.endsWith('module.yaml'))!]!));
	expect(data.questions).toEqual([
		expect.objectContaining({
			type: 'single',
			prompt: 'Who took over the Suez Canal in July 1956?',
			evidence: ['In July 1956 Egypt took over the Suez Canal.'],
			answer: 'b',
			actors: ['egypt']
		})
	]);
});

test('a fill-in and a fact-claim-opinion question are written from lists and tried as a student', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await startDraft(studio);
	await studio.addQuestion('Fill in the blank', 'Egypt takes the canal');
	let editor = studio.questionEditor(1, 'Fill in the blank');
	const prompt = editor.getByLabel('The sentence with its blank, written ___ (three underscores)');
	await prompt.fill('In July 1956 Egypt took over the Suez Canal.');
	// The checker says, at the field, what the prompt lacks.
	await expect(prompt).toHaveAccessibleDescription(/blank, written ___/);
	await prompt.fill('In July 1956 ___ took over the Suez Canal.');
	await editor
		.getByRole('checkbox', { name: 'In July 1956 Egypt took over the Suez Canal.' })
		.check();
	await editor.getByLabel('Accepted answer 1', { exact: true }).fill('Egypt');
	await editor.getByRole('button', { name: 'Add an accepted answer' }).click();
	await expect(editor.getByLabel('Accepted answer 2', { exact: true })).toBeFocused();
	await page.keyboard.type('the Egyptians');
	await editor.getByLabel('Hint, shown after a wrong first try').fill('Who took it over?');
	await editor.getByLabel('Explanation, shown with the feedback').fill('Egypt did.');
	let card = studio.preview.getByRole('form');
	await card.getByLabel('Your answer').fill('The Egyptians');
	await card.getByRole('button', { name: 'Check answer' }).click();
	await expect(card).toContainText('Correct');
	await page.getByRole('button', { name: 'Done', exact: true }).click();

	await studio.addQuestion('Fact, claim or opinion', 'The war');
	editor = studio.questionEditor(2, 'Fact, claim or opinion');
	await editor.getByLabel('Question, as the student reads it').fill('How does the text give each?');
	await editor.getByRole('checkbox', { name: 'Israel attacked Egypt in October.' }).check();
	await editor.getByLabel('Statement 1', { exact: true }).fill('Israel attacked Egypt.');
	await editor.getByLabel('Statement 2', { exact: true }).fill('Britain and France followed.');
	await editor.getByRole('button', { name: 'Remove statement 3' }).click();
	await expect(editor.getByRole('button', { name: 'Add a statement' })).toBeFocused();
	await editor
		.getByLabel('Statement 2 is', { exact: true })
		.selectOption({ label: 'Reported fact' });
	await editor.getByLabel('Hint, shown after a wrong first try').fill('Is anyone quoted?');
	await editor
		.getByLabel('Explanation, shown with the feedback')
		.fill('Both are reported as facts.');
	card = studio.preview.getByRole('form');
	await card.getByLabel('Israel attacked Egypt.').selectOption({ label: 'Reported fact' });
	await card.getByLabel('Britain and France followed.').selectOption({ label: 'Quoted claim' });
	await card.getByRole('button', { name: 'Check answer' }).click();
	await expect(card).toContainText('Not quite');
	await expect(card).toContainText('Hint: Is anyone quoted?');
	await studio.expectSaved();
});

test('a check about a question opens it and takes the author to the field; the editor passes axe at 320 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 720 });
	const studio = new StudioPage(page);
	await startDraft(studio);
	await studio.addQuestion('Order', 'The war');
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(studio.questionEditor(1, 'Order')).toBeHidden();
	await studio.checks.getByRole('button', { name: 'Question 1' }).first().click();
	const editor = studio.questionEditor(1, 'Order');
	await expect(editor.getByLabel('Question, as the student reads it')).toBeFocused();
	// Items are moved by buttons; the focus stays with the item.
	await editor.getByLabel('Item 1', { exact: true }).fill('Israel attacks');
	await editor.getByRole('button', { name: 'Move item 1 later' }).click();
	await expect(editor.getByLabel('Item 2', { exact: true })).toHaveValue('Israel attacks');
	await expect(editor.getByRole('button', { name: 'Move item 2 later' })).toBeFocused();
	await audit(page);
	expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
});

test('the coverage list starts a question about an actor where the text names it; focus stays where the author works', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	// An edit undone turns Undo off: the focus goes to Redo, not to the page.
	await studio.sectionHeading(1).fill('All of it');
	await studio.undoButton.click();
	await expect(studio.redoButton).toBeFocused();
	await studio.redoButton.click();
	await expect(studio.undoButton).toBeFocused();

	const coverage = page.getByRole('region', { name: 'Not asked about yet' });
	await expect(coverage).toContainText('Add actors and events first');
	await studio.breaks().first().check();
	await studio.sectionHeading(2).fill('The war');
	await studio.newActor.fill('Britain');
	await studio.addActorButton.click();
	await page.getByLabel('Asked after the section').selectOption({ label: 'The war' });
	await coverage.getByRole('button', { name: 'Ask about Britain' }).click();
	const editor = studio.questionEditor(1, 'One answer');
	// Britain is first named in section 1, and the question is about it.
	await expect(editor.getByLabel('Section', { exact: true })).toHaveValue(/.+/);
	await expect(editor.getByLabel('Section', { exact: true }).locator('option:checked')).toHaveText(
		'All of it'
	);
	await expect(
		editor
			.getByRole('group', { name: 'What it asks about' })
			.getByRole('checkbox', { name: 'Britain' })
	).toBeChecked();
	await expect(coverage.getByRole('button', { name: 'Ask about Britain' })).toBeHidden();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Edit question 1' })).toBeFocused();

	// Moved to the end of its section, a question keeps the focus on its other move button, and
	// the one open stays open.
	await page.getByLabel('Asked after the section').selectOption({ label: 'All of it' });
	await page.getByRole('button', { name: 'Add a question' }).click();
	await studio
		.questionEditor(2, 'One answer')
		.getByLabel('Question, as the student reads it')
		.fill('Second');
	await page.getByRole('button', { name: 'Move question 1 later' }).click();
	await expect(page.getByRole('button', { name: 'Move question 2 earlier' })).toBeFocused();
	await expect(
		studio.questionEditor(1, 'One answer').getByLabel('Question, as the student reads it')
	).toHaveValue('Second');
});
