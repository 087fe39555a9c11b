import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, scrollWidth } from './a11y-audit';
import { StudioPage } from './pages/studio-page';

const text = `# Mosul falls

ISIS fighters overran Mosul in northern Iraq. They then moved down the Tigris valley toward Baghdad.`;

test('a teacher finds the article’s places, puts one on the map by clicking it, and the map fits them', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	const places = studio.places;
	await expect(places.getByText('The map appears once a place is added.')).toBeVisible();

	await studio.addKnownPlace('mosul', 'Add Mosul, city, Iraq');
	await expect(places.getByRole('status').first()).toHaveText('Mosul was added to the places.');
	const mosul = studio.place('Mosul');
	await expect(mosul.getByLabel('Name')).toBeFocused();
	await expect(mosul.getByLabel(/^Latitude/)).toHaveValue(/^36\.3\d$/);
	await expect(studio.mapPreview).toHaveAccessibleName('Map preview The map shows Mosul.');

	// A country comes with its middle; picked as the story's country, the map draws it stronger.
	await studio.selectInText('Iraq');
	await places.getByRole('button', { name: 'Use the selected words' }).click();
	await places.getByRole('button', { name: 'Add Iraq, country', exact: true }).click();
	await page.getByLabel('The country the story is about (drawn stronger)').selectOption('Iraq');
	await places.getByRole('button', { name: 'Fit the map to the places' }).click();
	await expect(studio.mapPreview).toHaveAccessibleName('Map preview The map shows Mosul, Iraq.');

	// A place the list does not know is added by its name and put where the map is clicked.
	await places.getByRole('searchbox', { name: 'Find a city or a country' }).fill('Tigris valley');
	await expect(places.getByRole('status').first()).toHaveText(
		'No city or country of that name. Add it by its name, and put it on the map.'
	);
	await places.getByRole('button', { name: 'Add “Tigris valley” and put it on the map' }).click();
	const valley = studio.place('Tigris valley');
	await expect(
		valley.getByRole('button', { name: 'Put Tigris valley on the map' })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(places.getByText('Click the map where Tigris valley is.')).toBeVisible();
	const box = (await studio.mapPreview.boundingBox())!;
	await studio.mapPreview.click({ position: { x: box.width * 0.5, y: box.height * 0.6 } });
	await expect(valley.getByLabel(/^Latitude/)).toHaveValue(/^\d+(\.\d+)?$/);
	await expect(studio.mapPreview).toHaveAccessibleName(
		'Map preview The map shows Mosul, Iraq, Tigris valley.'
	);
	await expect(studio.checks.getByRole('button', { name: /^Tigris valley/ })).toHaveCount(0);

	// An event says where it happened from the draft's places.
	await studio.makeEvent('ISIS fighters overran Mosul');
	const event = studio.event('ISIS fighters overran Mosul in northern Iraq.');
	await event
		.getByRole('group', { name: 'Where it happened, on the map' })
		.getByRole('checkbox', { name: 'Mosul' })
		.check();

	// Degrees typed by keyboard are checked where they are typed.
	const lat = valley.getByLabel(/^Latitude/);
	await lat.fill('134');
	await expect(lat).toHaveAccessibleDescription('Error: must be at most 90');
	await lat.fill('34.4');
	await expect(lat).toHaveAccessibleDescription('');
	await studio.expectSaved();
	expect(await scrollWidth(page)).toBeLessThanOrEqual(page.viewportSize()!.width);
	await expectNoAxeViolations(page);

	// Kept: after a reload the draft has its places and map, and they are exported.
	await page.reload();
	await expect(studio.place('Tigris valley').getByLabel(/^Latitude/)).toHaveValue('34.4');
	const download = page.waitForEvent('download');
	await studio.exportButton.click();
	const zip = unzipSync(readFileSync(await (await download).path()));
	const data = parse(strFromU8(zip[Object.keys(zip).find((f) => f.endsWith('module.yaml'))!]!)) as {
		places: { id: string; kind: string; lat: number }[];
		events: { places: string[] }[];
		map: { focus: string; west: number; east: number };
	};
	expect(data.places.map((p) => [p.id, p.kind])).toEqual([
		['mosul', 'city'],
		['iraq', 'state'],
		['tigris-valley', 'region']
	]);
	expect(data.map.focus).toBe('iraq');
	expect(data.events[0]!.places).toEqual(['mosul']);
	expect(data.map.west).toBeLessThan(data.map.east);
});

test('the places the text names are offered to add, none added unasked, the rest still offered', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.startFrom(text);
	const places = studio.places;
	await places.getByRole('button', { name: 'Suggest the places the text names' }).click();
	await expect(places.getByRole('status').first()).toHaveText(
		'The text names 3 places the list knows.'
	);
	const offered = places.getByRole('list', { name: 'Suggest the places the text names' });
	await expect(offered.getByRole('button')).toHaveText([
		'Add Mosul, city, Iraq',
		'Add Iraq, country',
		'Add Baghdad, city, Iraq'
	]);
	await expect(studio.place('Baghdad')).toHaveCount(0);
	await expect(places.getByText('The map appears once a place is added.')).toBeVisible();

	await offered.getByRole('button', { name: 'Add Baghdad, city, Iraq' }).click();
	await expect(studio.place('Baghdad').getByLabel('Name')).toBeFocused();
	await expect(offered.getByRole('button')).toHaveText([
		'Add Mosul, city, Iraq',
		'Add Iraq, country'
	]);
	await expect(studio.place('Mosul')).toHaveCount(0);
	await expect(studio.mapPreview).toHaveAccessibleName('Map preview The map shows Baghdad.');
	await studio.expectSaved();
});
