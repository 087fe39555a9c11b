import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoAxeViolations as audit, scrollWidth } from './a11y-audit';
import { expect, test } from './fixtures';
import { actors, moduleTitle, sections } from './module-data';
import { StudioPage } from './pages/studio-page';

const text = `# The Suez crisis

In July 1956 Egypt took over the Suez Canal. Britain and France were angry.

They made a secret plan with Israel.

Israel attacked Egypt in October. Britain and France followed.

The United States pressed them to stop: Washington wanted the canal open.`;

test('a teacher starts a module from pasted text, shapes its sections, and finds it all after a reload', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await expect(studio.field('Title')).toHaveValue('The Suez crisis');
	// The checker the build uses says what is missing, under each field and in the list.
	await expect(studio.field('Author')).toHaveAccessibleDescription('Error: must not be empty');
	await expect(studio.checks.getByRole('button', { name: 'Author' })).toBeVisible();
	await studio.field('Author').fill('A. Teacher');
	await expect(studio.field('Author')).toHaveAccessibleDescription('');

	// Four paragraphs, one section: a break before the third paragraph makes a second one.
	await expect(studio.breaks()).toHaveCount(3);
	await studio.breaks().nth(1).check();
	await studio.sectionHeading(1).fill('Egypt takes the canal');
	await studio.sectionHeading(2).fill('The war');
	await studio.expectSaved();

	await page.reload();
	await expect(studio.sectionHeading(2)).toHaveValue('The war');
	await expect(studio.sectionHeading(1)).toHaveValue('Egypt takes the canal');
	await expect(studio.field('Author')).toHaveValue('A. Teacher');
	await expect(studio.breaks().nth(1)).toBeChecked();

	// Closed, the draft is in the list, and opens again.
	await studio.closeButton.click();
	await studio.draftButton('Open', 'The Suez crisis').click();
	await expect(studio.sectionHeading(2)).toHaveValue('The war');
});

test('undo and redo take back and bring back edits, a field’s typing as one step', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await expect(studio.undoButton).toBeDisabled();
	await studio.breaks().nth(2).check();
	await studio.sectionHeading(2).pressSequentially('Stop');
	await studio.undoButton.click();
	await expect(studio.sectionHeading(2)).toHaveValue('');
	await studio.undoButton.click();
	await expect(studio.sectionHeading(2)).toBeHidden();
	await expect(studio.breaks().nth(2)).not.toBeChecked();
	await studio.redoButton.click();
	await studio.redoButton.click();
	await expect(studio.sectionHeading(2)).toHaveValue('Stop');
	// The keys do the same, in a field too: the draft's undo, not the field's own.
	await studio.sectionHeading(2).press('ControlOrMeta+z');
	await expect(studio.sectionHeading(2)).toHaveValue('');
	await studio.sectionHeading(2).press('ControlOrMeta+Shift+z');
	await expect(studio.sectionHeading(2)).toHaveValue('Stop');
	await studio.expectSaved();
	// What undo and redo left is what is kept.
	await page.reload();
	await expect(studio.sectionHeading(2)).toHaveValue('Stop');
});

test('the export is a module folder holding the draft’s article and data', async ({ page }) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await studio.breaks().nth(1).check();
	await studio.sectionHeading(1).fill('Egypt takes the canal');
	await studio.sectionHeading(2).fill('The war');
	await studio.expectSaved();
	const download = page.waitForEvent('download');
	await studio.exportButton.click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('the-suez-crisis.zip');
	const files = unzipSync(readFileSync((await file.path())!));
	const article = strFromU8(files['the-suez-crisis/article.md']!);
	expect(article).toContain('## Egypt takes the canal {#egypt-takes-the-canal}');
	expect(article).toContain('## The war {#the-war}\n\nIsrael attacked Egypt in October.');
	const data = parse(strFromU8(files['the-suez-crisis/module.yaml']!));
	expect(data).toMatchObject({ format: 1, id: 'the-suez-crisis', title: 'The Suez crisis' });
	await expect(page.getByText('The module folder was saved as the-suez-crisis.zip.')).toBeVisible();
});

test('an empty text or a file too big opens nothing, and says why', async ({ page }) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startButton.click();
	await expect(studio.alert).toHaveText(
		'There is no text to start from: paste the article, or open its file.'
	);
	// A title and no text is no article either.
	await studio.pasteBox.fill('# Only a title');
	await studio.startButton.click();
	await expect(studio.alert).toHaveText(
		'There is no text to start from: paste the article, or open its file.'
	);
	await studio.fileInput.setInputFiles({
		name: 'huge.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(600 * 1024, 'a')
	});
	await expect(studio.alert).toHaveText(
		'This file is too big for an article (over 512 KB). Nothing was opened.'
	);
	await expect(page.getByText('No drafts yet.')).toBeVisible();
});

test('a draft opened from a .md file, then deleted, is gone from the list', async ({ page }) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.fileInput.setInputFiles({
		name: 'suez.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(text)
	});
	await studio.expectSaved();
	await expect(studio.field('Title')).toHaveValue('The Suez crisis');
	await studio.closeButton.click();
	page.once('dialog', (d) => d.accept());
	await studio.draftButton('Delete', 'The Suez crisis').click();
	await expect(page.getByText('The draft “The Suez crisis” was deleted.')).toBeVisible();
	await expect(page.getByText('No drafts yet.')).toBeVisible();
});

test('a draft open in the studio has no axe violations and fits 320 px', async ({ page }) => {
	const studio = new StudioPage(page);
	await page.setViewportSize({ width: 320, height: 640 });
	await studio.goto();
	await studio.startFrom(text);
	await studio.breaks().nth(1).check();
	await studio.newActor.fill('Egypt');
	await studio.addActorButton.click();
	await expect(studio.actor('Egypt')).toBeVisible();
	await studio.makeEvent('In July 1956');
	await expect(studio.eventTitles()).toHaveCount(1);
	await audit(page);
	expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
});

test('a module of this site opens as a draft whose export keeps all of it', async ({ page }) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.openSiteModule(moduleTitle);
	await expect(studio.field('Title')).toHaveValue(moduleTitle);
	for (const [i, s] of sections.entries())
		await expect(studio.sectionHeading(i + 1)).toHaveValue(s.title);
	await studio.sectionHeading(1).fill('The march on Baghdad');
	await studio.expectSaved();
	const download = page.waitForEvent('download');
	await studio.exportButton.click();
	const files = unzipSync(readFileSync((await (await download).path())!));
	const folder = Object.keys(files).find((f) => f.endsWith('/module.yaml'))!;
	const data = parse(strFromU8(files[folder]!)) as { actors: unknown[]; questions: unknown[] };
	expect(data.actors).toHaveLength(actors.length);
	const article = strFromU8(files[folder.replace('module.yaml', 'article.md')]!);
	// The section keeps its id, so its questions still find it.
	expect(article).toContain(`## The march on Baghdad {#${sections[0]!.id}}`);
});

test('a teacher adds actors by selecting or typing their names, and sees where the text names them', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await studio.selectInText('United States');
	await page
		.getByRole('region', { name: 'Actors' })
		.getByRole('button', { name: 'Use the selected words' })
		.first()
		.click();
	await expect(studio.newActor).toHaveValue('United States');
	await studio.addActorButton.click();
	const us = studio.actor('United States');
	await expect(us).toContainText('Named once, in section 1.');
	// Another spelling, selected in the text, is a mention too.
	await studio.selectInText('Washington');
	await us.getByRole('button', { name: 'Use the selected words' }).click();
	await us.getByRole('button', { name: 'Add the spelling' }).click();
	await expect(us).toContainText('Named 2 times, in section 1.');
	// Typed words must be in the text as written.
	await studio.newActor.fill('britain');
	await studio.addActorButton.click();
	await expect(studio.alert).toContainText('“britain” does not occur in the article as written');
	// Whole words, as mentions are found: "Isra" is not in "Israel".
	await studio.newActor.fill('Isra');
	await studio.addActorButton.click();
	await expect(studio.alert).toContainText('“Isra” does not occur in the article as written');
	await studio.newActor.fill('Britain');
	await studio.addActorButton.click();
	await expect(studio.actor('Britain')).toContainText('Named 2 times, in section 1.');
	await studio.actor('Britain').getByLabel('Kind').selectOption({ label: 'State' });
	await expect(studio.checks).not.toContainText('needs at least one actor');
	await studio.expectSaved();
	await page.reload();
	await expect(studio.actor('United States').getByText('Washington')).toBeVisible();
	await expect(studio.actor('Britain').getByLabel('Kind')).toHaveValue('state');
});

test('events are made from sentences, listed in the order of the text, and moved by buttons', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await studio.newActor.fill('Israel');
	await studio.addActorButton.click();
	await studio.makeEvent('Israel attacked Egypt');
	const attack = studio.event('Israel attacked Egypt in October.');
	await expect(attack.getByLabel('How the article reports it')).toHaveValue('fact');
	await expect(attack.getByRole('checkbox', { name: 'Israel' })).toBeChecked();
	await attack.getByLabel('Where it happened').fill('Egypt');
	// The box is named by the title: once shortened, it is found by the new one.
	await attack.getByLabel('Title (short)').fill('Israel attacks Egypt');
	await expect(studio.event('Israel attacks Egypt').getByLabel('Where it happened')).toHaveValue(
		'Egypt'
	);
	// An earlier sentence's event goes before it.
	await studio.makeEvent('In July 1956');
	await expect(studio.eventTitles()).toHaveText([
		'In July 1956 Egypt took over the Suez Canal.',
		'Israel attacks Egypt'
	]);
	const down = page.getByRole('button', { name: /^Move later: In July 1956/ });
	await down.click();
	await expect(studio.eventTitles()).toHaveText([
		'Israel attacks Egypt',
		'In July 1956 Egypt took over the Suez Canal.'
	]);
	await expect(page.getByRole('status').filter({ hasText: 'is now event 2 of 2' })).toBeAttached();
	await expect(page.getByRole('button', { name: /^Move earlier: In July 1956/ })).toBeFocused();
	await studio.expectSaved();
	await page.reload();
	await expect(studio.eventTitles().first()).toHaveText('Israel attacks Egypt');
});

test('a draft edited in two tabs keeps the later tab’s work and says so in the other', async ({
	page,
	context
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	const other = new StudioPage(await context.newPage());
	await other.page.goto(page.url());
	await other.page.bringToFront();
	await expect(other.field('Title')).toHaveValue('The Suez crisis');
	await other.field('Author').fill('Written in tab B');
	await other.expectSaved();
	// Tab A still holds the draft as it was: its edit must not overwrite tab B's.
	await page.bringToFront();
	await studio.field('Summary (one or two sentences for the module list)').fill('Written in tab A');
	await expect(studio.alert).toContainText('This draft was saved in another tab');
	await page.reload();
	await expect(studio.field('Author')).toHaveValue('Written in tab B');
	await expect(studio.field('Summary (one or two sentences for the module list)')).toHaveValue('');
});
