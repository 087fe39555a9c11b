import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

const text = `# Suez, 1956

Egypt nationalised the Suez Canal in July 1956. Britain reportedly backed Israel's attack on Egypt in October.`;

test('a teacher states how two actors stand to each other from a sentence, changes it later, and adds an earlier date as background', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	const relations = studio.relations;
	await expect(relations).toContainText('Add at least two actors first');
	for (const name of ['Egypt', 'Britain', 'Israel']) await studio.addActor(name);

	await studio.addRelation('Britain reportedly', 'Britain', 'backs', 'Israel');
	const backs = relations.getByRole('group', { name: 'Britain backs Israel', exact: true });
	await expect(backs).toContainText(
		"Said in: “Britain reportedly backed Israel's attack on Egypt in October.”"
	);
	// "reportedly" in the sentence: offered as an unconfirmed report, to confirm or change.
	await expect(backs.getByLabel('How the article says it')).toHaveValue('unconfirmed');

	// Changed later, the relation says what it now states.
	await backs.getByLabel('To whom', { exact: true }).selectOption({ label: 'Egypt' });
	const against = relations.getByRole('group', { name: 'Britain backs Egypt', exact: true });
	await against.getByLabel('Stands how').selectOption({ label: 'opposes' });
	await relations
		.getByRole('group', { name: 'Britain opposes Egypt', exact: true })
		.getByLabel('To whom', { exact: true })
		.selectOption({ label: 'Israel' });
	await relations
		.getByRole('group', { name: 'Britain opposes Israel', exact: true })
		.getByLabel('Stands how')
		.selectOption({ label: 'backs' });
	await expect(backs).toBeVisible();
	// Nothing is added until both actors are chosen.
	await expect(relations.getByRole('button', { name: 'Add the relation' })).toBeDisabled();

	// An earlier date the article mentions goes on the timeline as background.
	const background = page.getByRole('region', { name: 'Background: earlier dates' });
	await background.getByLabel('The sentence that mentions it').selectOption({ index: 0 });
	await background.getByRole('button', { name: 'Add as background' }).click();
	const title = background.getByLabel('Title, in a few words');
	await expect(title).toBeFocused();
	await title.fill('Egypt nationalises the canal');
	await expect(background.getByLabel('Year (for the order on the timeline)')).toHaveValue('1956');
	await studio.expectSaved();

	const download = page.waitForEvent('download');
	await studio.exportButton.click();
	const zip = unzipSync(readFileSync(await (await download).path()));
	const data = parse(strFromU8(zip[Object.keys(zip).find((f) => f.endsWith('module.yaml'))!]!));
	expect(data.background).toEqual([
		{
			id: expect.any(String),
			title: 'Egypt nationalises the canal',
			when: '1956',
			year: 1956,
			section: 'section-1',
			evidence: ['Egypt nationalised the Suez Canal in July 1956.']
		}
	]);
	expect(data.relations).toEqual([
		{
			from: 'britain',
			type: 'backs',
			to: 'israel',
			section: 'section-1',
			evidence: ["Britain reportedly backed Israel's attack on Egypt in October."],
			reported: 'unconfirmed'
		}
	]);
});
