import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

const text = `# The Suez crisis

In July 1956 Egypt nationalised the Suez Canal. The waterway carried Europe's oil.`;

test('a teacher adds a glossary term by selecting it, says what it means, and adds the other words the text uses', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	const glossary = page.getByRole('region', { name: 'Glossary' });
	await studio.selectInText('nationalised');
	await glossary.getByRole('button', { name: 'Use the selected words' }).click();
	await expect(glossary.getByLabel('Word or phrase, as the article writes it')).toHaveValue(
		'nationalised'
	);
	await glossary.getByRole('button', { name: 'Add to the glossary' }).click();
	const term = studio.term('nationalised');
	const meaning = term.getByLabel('What it means, in plain words');
	await expect(meaning).toHaveAccessibleDescription(/Error/);
	await meaning.fill('Taken into the ownership of the state.');
	await expect(meaning).toHaveAccessibleDescription('');

	// Words the text does not have are refused, and nothing is added.
	const other = term.getByLabel('Other words the text uses for nationalised');
	await other.fill('nationalized');
	await term.getByRole('button', { name: 'Add these words' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
		'“nationalized” does not occur in the article as written'
	);
	await expect(term.getByRole('listitem')).toHaveCount(1);
	await other.fill('Suez Canal');
	await term.getByRole('button', { name: 'Add these words' }).click();
	await expect(term.getByRole('listitem')).toHaveText(['nationalised ×', 'Suez Canal ×']);
	await term.getByRole('button', { name: 'Remove the words Suez Canal' }).click();
	await expect(term.getByRole('listitem')).toHaveText(['nationalised']);
	await studio.expectSaved();

	await page.reload();
	await expect(studio.term('nationalised').getByLabel('What it means, in plain words')).toHaveValue(
		'Taken into the ownership of the state.'
	);
	const download = page.waitForEvent('download');
	await studio.exportButton.click();
	const files = unzipSync(readFileSync(await (await download).path()));
	const data = parse(strFromU8(files[Object.keys(files).find((f) => f.endsWith('module.yaml'))!]!));
	expect(data.glossary).toEqual([
		{ term: 'nationalised', definition: 'Taken into the ownership of the state.' }
	]);
});

test('the first draft a teacher starts asks the browser, once, to keep the drafts', async ({
	page
}) => {
	// The browser's answer is the test's to give: here it agrees.
	await page.addInitScript(() => {
		Object.assign(navigator.storage, {
			persisted: async () => sessionStorage.getItem('test:kept') === 'yes',
			persist: async () => {
				const asked = Number(sessionStorage.getItem('test:asked')) + 1;
				sessionStorage.setItem('test:asked', String(asked));
				sessionStorage.setItem('test:kept', 'yes');
				return true;
			}
		});
	});
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await expect.poll(() => page.evaluate(() => sessionStorage.getItem('test:asked'))).toBe('1');
	await studio.closeButton.click();
	await studio.startFrom('A second text, to start another draft.');
	await page.reload();
	await expect(studio.field('Title')).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.getItem('test:asked'))).toBe('1');
});

test('names found in the text are offered to add as actors or dismiss, and none is added unasked', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(
		'# Suez\n\nIn July 1956 Egypt took the canal. Prime Minister Anthony Eden was angry, and Britain sent troops.'
	);
	const actors = page.getByRole('region', { name: 'Actors' });
	await actors.getByRole('button', { name: 'Suggest names from the text' }).click();
	const eden = actors.getByRole('listitem').filter({ hasText: 'Anthony Eden: taken for a person' });
	await expect(eden).toBeVisible();
	await expect(actors.getByRole('group')).toHaveCount(0);
	await actors.getByRole('button', { name: 'Add Anthony Eden as an actor' }).click();
	await expect(studio.actor('Anthony Eden').getByLabel('Kind')).toHaveValue('person');
	await expect(eden).toBeHidden();
	// A dismissed name goes, and is not added.
	const egypt = actors.getByRole('button', { name: 'Dismiss Egypt' });
	await egypt.click();
	await expect(egypt).toBeHidden();
	await expect(actors.getByRole('group')).toHaveCount(1);
	await studio.expectSaved();
});

test('leaving while an edit is still being saved asks first, and the edit is kept', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	await studio.field('Author').fill('A. Teacher');
	// Reloaded at once, before the pause in typing that writes it: the browser asks, and the
	// teacher stays.
	let asked = '';
	page.once('dialog', (dialog) => {
		asked = dialog.type();
		void dialog.dismiss();
	});
	await page.evaluate(() => location.reload());
	await expect.poll(() => asked).toBe('beforeunload');
	await studio.expectSaved();
	await page.reload();
	await expect(studio.field('Author')).toHaveValue('A. Teacher');
});
