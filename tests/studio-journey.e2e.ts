import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { quizModuleOf } from './module-data';
import { AssignmentPage } from './pages/assignment-page';
import { HomePage } from './pages/home-page';
import { StudioPage } from './pages/studio-page';
import { writeQuestions } from './studio-journey-questions';

const article = readFileSync('tests/fixtures/studio-journey.md', 'utf8');
const title = 'The first cable under the Atlantic';
const [laying, setbacks, message] = [
	'Laying the cable',
	'Setbacks at sea',
	'The message and the silence'
];
const actors = [
	['Cyrus Field', 'Person', 'The businessman who led the company and would not give up.'],
	['Atlantic Telegraph Company', 'Company', 'The company that paid for the cable and laid it.'],
	['Queen Victoria', 'Person', 'The British queen who sent the first message.'],
	['James Buchanan', 'Person', 'The American president who answered her.']
] as const;

test('a new teacher turns a pasted article into a module with every type of question, and students and teacher use it on other devices', async ({
	page,
	homePage,
	assignPage,
	newDevice
}, info) => {
	test.slow();
	const studio = new StudioPage(page);

	await test.step('paste and sections', async () => {
		await studio.goto();
		await studio.startFrom(article);
		await expect(studio.field('Title')).toHaveValue(title);
		await studio
			.field('Summary (one or two sentences for the module list)')
			.fill(
				'How a telegraph cable first joined Europe and America in 1858, and why it soon failed.'
			);
		await studio.field('Author').fill('A. Teacher');
		await studio.field('Publisher').fill('Lectern class notes');
		await studio.field('Date of the article').fill('2024-09-02');
		await studio.field('Copyright line').fill('© 2024 A. Teacher, for classroom use');
		// Four paragraphs: breaks before the second and third make three sections.
		await expect(studio.breaks()).toHaveCount(3);
		await studio.breaks().nth(0).check();
		await studio.breaks().nth(1).check();
		await studio.sectionHeading(1).fill(laying);
		await studio.sectionHeading(2).fill(setbacks);
		await studio.sectionHeading(3).fill(message);
		await studio.expectSaved();
	});

	await test.step('actors and places', async () => {
		// Two selected in the text, two typed as the article writes them.
		await studio.addActorFromText('Cyrus Field');
		await studio.addActorFromText('Atlantic Telegraph Company');
		await studio.addActor('Queen Victoria');
		await studio.addActor('James Buchanan');
		for (const [name, kind, role] of actors) {
			const box = studio.actor(name);
			await box.getByLabel('Kind').selectOption({ label: kind });
			await box.getByLabel('Part in the article, in your words').fill(role);
		}
		await expect(studio.actor('Cyrus Field')).toContainText('in section 1, 3');
		await studio.addKnownPlace('Ireland', 'Add Ireland, country');
		await studio
			.place('Ireland')
			.getByLabel('What it is, and why it matters here')
			.fill('Where the cable came ashore on the European side, at Valentia Island.');
		await studio.addKnownPlace('New York', 'Add New York, city, United States of America');
		await studio
			.place('New York')
			.getByLabel('What it is, and why it matters here')
			.fill('The American city that cheered Cyrus Field.');
		await studio.places.getByRole('button', { name: 'Fit the map to the places' }).click();
		await expect(studio.mapPreview).toHaveAccessibleName(
			'Map preview The map shows Ireland, New York.'
		);
		await studio.addRelation(
			'The American businessman',
			'Cyrus Field',
			'leads',
			'Atlantic Telegraph Company'
		);
		await expect(
			studio.relations.getByRole('group', { name: 'Cyrus Field leads Atlantic Telegraph Company' })
		).toBeVisible();
	});

	await test.step('events', async () => {
		await studio.makeEvent('The Atlantic Telegraph Company laid');
		await studio.makeEvent('On 16 August');
		await studio.makeEvent('Cyrus Field was cheered');
		const lays = studio.event(
			'The Atlantic Telegraph Company laid it along the floor of the ocean from Valentia Island in Ireland to Trinity Bay in Newfoundland.'
		);
		await lays.getByLabel('Title (short)').fill('The company lays the cable');
		const greets = studio.event(
			'On 16 August Queen Victoria sent a message of greeting to President James Buchanan.'
		);
		await greets.getByLabel('Title (short)').fill('Victoria greets Buchanan');
		const cheers = studio.event(
			'Cyrus Field was cheered at a parade in New York, where a stray rocket reportedly set fire to the roof of City Hall.'
		);
		await cheers.getByLabel('Title (short)').fill('New York cheers Field');
		await expect(studio.eventTitles()).toHaveText([
			'The company lays the cable',
			'Victoria greets Buchanan',
			'New York cheers Field'
		]);
		const at = (event: string, place: string) =>
			studio
				.event(event)
				.getByRole('group', { name: 'Where it happened, on the map' })
				.getByRole('checkbox', { name: place })
				.check();
		await studio
			.event('The company lays the cable')
			.getByLabel('Where it happened')
			.fill('Ireland');
		await at('The company lays the cable', 'Ireland');
		await studio
			.event('Victoria greets Buchanan')
			.getByLabel('Where it happened')
			.fill('Across the ocean, by cable');
		// Nothing written there yet: the place ticked on the map names it.
		await at('New York cheers Field', 'New York');
		await expect(studio.event('New York cheers Field').getByLabel('Where it happened')).toHaveValue(
			'New York'
		);
		// "reportedly": the studio offers it as an unconfirmed report.
		await expect(
			studio.event('New York cheers Field').getByLabel('How the article reports it')
		).toHaveValue('unconfirmed');
		await expect(studio.checks).not.toContainText('Event ');
		await studio.expectSaved();
	});

	await writeQuestions(studio, { laying, setbacks, message }, () =>
		test.step('reload mid-way', async () => {
			// Half the questions written, a reload loses nothing of the work so far.
			await studio.expectSaved();
			await page.reload();
			await expect(studio.sectionHeading(3)).toHaveValue(message);
			await expect(studio.actor('James Buchanan').getByLabel('Kind')).toHaveValue('person');
			await expect(studio.place('New York')).toBeVisible();
			await expect(studio.eventTitles()).toHaveCount(3);
			await expect(page.getByRole('button', { name: /^Edit question \d+$/ })).toHaveCount(5);
			await page.getByRole('button', { name: 'Edit question 5' }).click();
			await expect(
				studio
					.questionEditor(5, 'Who said it')
					.getByLabel('The quoted words, as they stand in the evidence')
			).toHaveValue('We will not give up until the two shores can speak to each other');
			await page.getByRole('button', { name: 'Done', exact: true }).click();
		})
	);

	await test.step('zero errors', async () => {
		await studio.expectNoErrors();
		await studio.expectSaved();
	});

	let folder = '';
	let moduleFile = '';
	await test.step('export and build', async () => {
		const zip = await studio.downloadModuleFolder();
		expect(zip.suggestedFilename()).toBe('the-first-cable-under-the-atlantic.zip');
		// Unzipped in the test's own output folder, which Playwright empties before each run.
		const dir = info.outputPath('unzipped');
		for (const [name, bytes] of Object.entries(unzipSync(readFileSync((await zip.path())!)))) {
			if (name.endsWith('/')) continue;
			mkdirSync(join(dir, dirname(name)), { recursive: true });
			writeFileSync(join(dir, name), bytes);
		}
		folder = join(dir, 'the-first-cable-under-the-atlantic');
		// The build's own checker says the folder builds (it exits 1 on any error).
		const verdict = execFileSync('node', ['scripts/check-modules.mjs', folder], {
			encoding: 'utf8'
		});
		expect(verdict).toContain(`${folder}: builds: 0 errors`);
		const download = await studio.downloadModuleFile();
		await expect(studio.exportStatus).toHaveText(/^The module file was saved as/);
		moduleFile = info.outputPath(download.suggestedFilename());
		await download.saveAs(moduleFile);
	});
	const module = quizModuleOf(
		readFileSync(join(folder, 'module.yaml'), 'utf8'),
		readFileSync(join(folder, 'article.md'), 'utf8')
	);
	expect(module.sections.map((s) => s.title)).toEqual([laying, setbacks, message]);
	expect(new Set(module.questions.map((q) => q.type)).size).toBe(10);

	await test.step('student', async () => {
		const home = new HomePage(await newDevice());
		await home.goto();
		await home.openModuleFile(moduleFile);
		await expect(home.moduleFileStatus).toHaveText(`${title} is ready. It is kept on this device.`);
		const quiz = await (await home.openModuleTitled(title)).startReading(module);
		await quiz.finish([2]);
		await expect(quiz.score(quiz.questions.length - 1)).toBeVisible();
	});

	await test.step('teacher', async () => {
		await homePage.goto();
		await homePage.openModuleFile(moduleFile);
		await expect(homePage.moduleFileStatus).toHaveText(
			`${title} is ready. It is kept on this device.`
		);
		await assignPage.goto();
		await assignPage.moduleSelect.selectOption({ label: title });
		await expect(assignPage.sectionBox(laying)).toBeVisible();
		const link = await assignPage.makeLink({ title: 'The cable', className: '8A' });
		// A student who lacks the file opens it from the link, answers and hands in.
		const ann = new AssignmentPage(await newDevice());
		await ann.goto(link);
		await ann.page.getByLabel('Module file (.json)').setInputFiles(moduleFile);
		await ann.startAs('Ann');
		const quiz = await ann.continue(module.sections[0]!.id, module);
		await quiz.answerAndCheck(1, true);
		await ann.goto(link);
		const results = info.outputPath('Ann.json');
		await (await ann.handIn()).saveAs(results);
		await homePage.goto();
		const dashboard = await homePage.openTeacherResults();
		await dashboard.importFiles([results]);
		await expect(dashboard.logLine('Ann.json')).toHaveText('Ann.json: imported.');
		await expect(dashboard.report('The cable · 8A').points('Ann')).toHaveText('1');
	});
});
