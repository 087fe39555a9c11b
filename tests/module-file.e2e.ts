import { expect, test } from './fixtures';
import { expectNoAxeViolations, scrollWidth } from './a11y-audit';
import { MODULE_ID, moduleTitle, sections } from './module-data';
import { copyOfSiteModule, sealed, writeModuleFile } from './module-files';
import { openAid } from './pages/aid-pages';
import { AssignmentPage } from './pages/assignment-page';
import { HomePage } from './pages/home-page';
import { SectionPage } from './pages/section-page';
import { StudioPage } from './pages/studio-page';

const copyId = 'iraq-crisis-7b';
const copyTitle = 'The Iraq crisis, for class 7B';
const missing = 'This module is not on this device';

test('a module file made in the studio opens on another device, where a student works it', async ({
	page,
	newDevice
}, info) => {
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.openSiteModule(moduleTitle);
	// A copy keeps the site module's short name, under which a module file would not open.
	await studio.exportFileButton.click();
	await expect(studio.exportStatus).toHaveText(/already has a module with this short name/);
	await studio.shortName.fill(copyId);
	await studio.field('Title').fill(copyTitle);
	await studio.expectSaved();
	const download = await studio.downloadModuleFile();
	expect(download.suggestedFilename()).toBe(`${copyId}.lectern.json`);
	await expect(studio.exportStatus).toHaveText(
		`The module file was saved as ${copyId}.lectern.json. Students open it on Lectern’s home page.`
	);
	const file = info.outputPath('shared.lectern.json');
	await download.saveAs(file);

	const home = new HomePage(await newDevice());
	await home.goto();
	await home.openModuleFile(file);
	await expect(home.moduleFileStatus).toHaveText(
		`${copyTitle} is ready. It is kept on this device.`
	);
	await expect(home.moduleTitles()).toHaveText([moduleTitle, copyTitle]);

	const module = await home.openModuleTitled(copyTitle);
	const quiz = await module.startReading();
	await quiz.answerAndCheck(1, true);
	await quiz.page.reload();
	// Reopened where the student left off, with the answer counted.
	await expect(quiz.heading(2)).toBeVisible();
	await expect(quiz.runningScore(1)).toBeVisible();
	// The answer counts for the copy, not for the site's module of the same text.
	await home.goto();
	const progress = (title: string) =>
		home.page
			.getByRole('listitem')
			.filter({ has: home.page.getByRole('heading', { name: title, exact: true }) })
			.getByText(/questions answered$/);
	await expect(progress(copyTitle)).toHaveText(/^1 of \d+ questions answered$/);
	await expect(progress(moduleTitle)).toHaveText(/^0 of \d+ questions answered$/);
});

test('a student who follows a file module’s link without the file opens it there, and its pages work', async ({
	page
}, info) => {
	const file = writeModuleFile(
		info.outputPath('m.json'),
		sealed(copyOfSiteModule(copyId, copyTitle))
	);
	const second = sections[1]!;
	await page.goto(`/file/section?m=${copyId}&s=${second.id}`);
	await expect(page.getByRole('heading', { level: 1, name: missing })).toBeVisible();
	await expect(page.getByText(`The module “${copyId}” was shared as a file.`)).toBeVisible();
	await expectNoAxeViolations(page, 'missing: ');
	await page.getByLabel('Module file (.json)').setInputFiles(file);

	// The very page that was asked for.
	const quiz = new SectionPage(page, second.id);
	await expect(quiz.pageHeading).toBeVisible();
	await quiz.expectReady();
	await expectNoAxeViolations(page, 'section: ');
	expect(await scrollWidth(page)).toBeLessThanOrEqual(page.viewportSize()!.width);

	// Its reading aids are drawn in the browser, the map too.
	const map = await openAid(page, 'Map');
	await expect(map.map).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/file/map\\?m=${copyId}$`));
	await expectNoAxeViolations(page, 'map: ');
	const timeline = await openAid(page, 'Timeline');
	await expect(timeline.heading).toBeVisible();
	await page.getByRole('link', { name: copyTitle }).click();
	await expect(page.getByRole('heading', { level: 1, name: copyTitle })).toBeVisible();

	// A section the module does not have says so.
	await page.goto(`/file/section?m=${copyId}&s=no-such-section`);
	await expect(page.getByText('This module has no such section.')).toBeVisible();
});

test('a damaged, hostile, borrowed or broken module file is refused, and what the device keeps stays', async ({
	homePage: home
}, info) => {
	const good = sealed(copyOfSiteModule(copyId, copyTitle));
	const write = (name: string, content: object | string) =>
		writeModuleFile(info.outputPath(name), content);
	await home.goto();
	await home.openModuleFile(write('good.json', good));
	await expect(home.moduleFileStatus).toHaveText(
		`${copyTitle} is ready. It is kept on this device.`
	);

	const broken = copyOfSiteModule('iraq-broken', 'Broken');
	const questions = broken.data.questions as { section: string }[];
	broken.data.questions = [{ ...questions[0]!, section: 'nowhere' }, ...questions.slice(1)];
	const refusals: [string, object | string, RegExp][] = [
		['not-json.json', '{ "format": "lectern-module", ', /cannot be read as JSON/],
		['results.json', { format: 'lectern-results', version: 1 }, /not a Lectern module file/],
		[
			'changed.json',
			{ ...good, article: good.article.replace('Baghdad', 'Basra') },
			/changed or damaged after it was saved/
		],
		[
			'prototype.json',
			JSON.stringify(good).replace('"data":{', '"data":{"__proto__":{"polluted":true},'),
			/changed or damaged after it was saved/
		],
		['newer.json', sealed({ ...good, version: 2 }), /made by a newer version of Lectern/],
		[
			'borrowed.json',
			sealed(copyOfSiteModule(MODULE_ID, 'Not the real one')),
			/already part of Lectern/
		],
		['broken.json', sealed(broken), /has mistakes that stop it working/]
	];
	for (const [name, content, said] of refusals) {
		await home.openModuleFile(write(name, content));
		await expect(home.page.getByRole('alert').filter({ hasText: said }), name).toBeVisible();
	}
	// The checker's own words say what is wrong.
	await expect(home.page.getByRole('alert').getByRole('listitem').first()).toContainText('nowhere');
	await expect(home.moduleTitles()).toHaveText([moduleTitle, copyTitle]);
	expect(await home.page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
		'polluted'
	);

	// A newer version of the same module replaces it; removing it keeps the site's module.
	await home.openModuleFile(
		write('newer-title.json', sealed(copyOfSiteModule(copyId, `${copyTitle} (revised)`)))
	);
	await expect(home.moduleFileStatus).toHaveText(
		`${copyTitle} (revised) was updated to the version in this file. Your answers are kept.`
	);
	await expect(home.moduleTitles()).toHaveText([moduleTitle, `${copyTitle} (revised)`]);
	await home.page
		.getByRole('button', { name: `Remove ${copyTitle} (revised) from this device` })
		.click();
	await expect(home.moduleTitles()).toHaveText([moduleTitle]);
	await home.page.goto(`/file?m=${copyId}`);
	await expect(home.page.getByRole('heading', { level: 1, name: missing })).toBeVisible();
});

test('a teacher assigns a module file; students who lack it, or have another version, open it from the link, and the teacher reads their results', async ({
	page,
	homePage,
	assignPage,
	newDevice
}, info) => {
	const file = writeModuleFile(
		info.outputPath('shared.json'),
		sealed(copyOfSiteModule(copyId, copyTitle))
	);
	await homePage.goto();
	await homePage.openModuleFile(file);
	await expect(homePage.moduleFileStatus).toHaveText(
		`${copyTitle} is ready. It is kept on this device.`
	);
	await assignPage.goto();
	await assignPage.moduleSelect.selectOption({ label: copyTitle });
	await expect(page.getByText('This module was opened from a file.')).toBeVisible();
	await expect(assignPage.sectionBox(sections[0]!.title)).toBeVisible();
	const link = await assignPage.makeLink({ title: 'Week 2', className: '7B', sectionCount: 1 });

	// Ann has never opened the file.
	const ann = new AssignmentPage(await newDevice());
	await ann.goto(link);
	await expect(ann.problem.filter({ hasText: `shared as a file (“${copyId}”)` })).toBeVisible();
	await ann.page.getByLabel('Module file (.json)').setInputFiles(file);
	await ann.startAs('Ann');
	const quiz = await ann.continue();
	await expect(quiz.page).toHaveURL(/\/file\/section\?m=iraq-crisis-7b&s=[a-z-]+&a=/);
	await quiz.answerAndCheck(1, true);
	await ann.goto(link);
	const results = info.outputPath('Ann.json');
	await (await ann.handIn()).saveAs(results);

	// Ben opened an earlier version of it.
	const ben = new HomePage(await newDevice());
	await ben.goto();
	const earlier = sealed(copyOfSiteModule(copyId, `${copyTitle} (draft)`));
	await ben.openModuleFile(writeModuleFile(info.outputPath('earlier.json'), earlier));
	await expect(ben.moduleFileStatus).toContainText('is ready');
	const benAssignment = new AssignmentPage(ben.page);
	await benAssignment.goto(link);
	await expect(
		benAssignment.problem.filter({ hasText: 'another version of the module' })
	).toBeVisible();
	await ben.page.getByLabel('Module file (.json)').setInputFiles(file);
	await benAssignment.startAs('Ben');

	await homePage.goto();
	const dashboard = await homePage.openTeacherResults();
	await dashboard.importFiles([results]);
	await expect(dashboard.logLine('Ann.json')).toHaveText('Ann.json: imported.');
	// Her answer counts for the assignment: given on the file module's page opened from it.
	await expect(dashboard.report('Week 2 · 7B').points('Ann')).toHaveText('1');
});

test('a module file chosen while the page is still loading opens once it has loaded', async ({
	page,
	homePage: home
}, info) => {
	// A slow phone: the page is shown, and a file can be chosen, well before its scripts run.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	await home.openModuleFile(
		writeModuleFile(info.outputPath('m.json'), sealed(copyOfSiteModule(copyId, copyTitle)))
	);
	await expect(home.moduleFileStatus).toHaveText(
		`${copyTitle} is ready. It is kept on this device.`
	);
	await expect(home.moduleTitles()).toHaveText([moduleTitle, copyTitle]);
});

test('a question missed in a module file comes back in the review, and "Show in text" leads into that module', async ({
	page,
	homePage: home
}, info) => {
	const start = Date.parse('2026-11-25T10:00:00Z');
	await page.clock.install({ time: start });
	await home.goto();
	const file = sealed(copyOfSiteModule(copyId, copyTitle));
	await home.openModuleFile(writeModuleFile(info.outputPath('m.json'), file));
	await expect(home.moduleFileStatus).toHaveText(
		`${copyTitle} is ready. It is kept on this device.`
	);
	const quiz = await (await home.openModuleTitled(copyTitle)).startReading();
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	await quiz.missTwice(2);
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();

	await page.clock.setSystemTime(new Date(start + 11 * 60_000));
	await home.goto();
	const review = await home.openReview('Review: 1 question due');
	await expect(review.dueHeading(1)).toBeVisible();
	await expect(page.getByText(`From “${copyTitle}”`, { exact: false })).toBeVisible();
	await review.answer(quiz.question(2), true);
	await review.check();
	await expect(review.status).toHaveText('Correct. Review saved on this device.');
	await page.getByRole('button', { name: 'Show in text' }).click();
	await expect(page).toHaveURL(new RegExp(`/file/section\\?m=${copyId}&s=${sections[0]!.id}`));
	await expect(quiz.marked.first()).toBeFocused();
});

test('once a module file is removed, its questions leave the review and the count, and the site’s due questions are still asked', async ({
	page,
	homePage: home,
	sectionPage: site
}, info) => {
	const start = Date.parse('2026-11-25T10:00:00Z');
	await page.clock.install({ time: start });
	await site.goto();
	await site.missTwice(1);
	await home.goto();
	await home.openModuleFile(
		writeModuleFile(info.outputPath('m.json'), sealed(copyOfSiteModule(copyId, copyTitle)))
	);
	const copy = await (await home.openModuleTitled(copyTitle)).startReading();
	await copy.missTwice(1);
	await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
	await home.goto();
	await page.getByRole('button', { name: `Remove ${copyTitle} from this device` }).click();
	await expect(home.moduleTitles()).toHaveText([moduleTitle]);

	await page.clock.setSystemTime(new Date(start + 11 * 60_000));
	await home.goto();
	const review = await home.openReview('Review: 1 question due');
	await expect(review.dueHeading(1)).toBeVisible();
	await expect(page.getByText(`From “${moduleTitle}”`, { exact: false })).toBeVisible();
	await review.answer(site.question(1), true);
	await review.check();
	await expect(review.status).toHaveText('Correct. Review saved on this device.');
	await review.next();
	await expect(review.doneHeading).toBeFocused();
});

test('the studio opens a module file, mistakes and all, to mend it, and one kept on the device; a damaged file opens nothing', async ({
	page,
	homePage: home
}, info) => {
	const body = copyOfSiteModule(copyId, copyTitle);
	const source = body.data.source as Record<string, unknown>;
	const noAuthor = sealed({ ...body, data: { ...body.data, source: { ...source, author: '' } } });
	const file = writeModuleFile(info.outputPath('no-author.json'), noAuthor);
	await home.goto();
	await home.openModuleFile(file);
	await expect(page.getByRole('alert')).toContainText(
		'This module has mistakes that stop it working.'
	);

	const studio = new StudioPage(page);
	await studio.goto();
	const sealedInput = page.getByLabel('Or open a module file (.json)');
	await sealedInput.setInputFiles(
		writeModuleFile(info.outputPath('damaged.json'), { ...noAuthor, article: `${body.article} ` })
	);
	await expect(studio.alert).toHaveText(
		'This module file was changed or damaged after it was saved, so it cannot be trusted. Ask for a fresh copy. Nothing was changed.'
	);
	await expect(page.getByText('No drafts yet.')).toBeVisible();

	await sealedInput.setInputFiles(file);
	await studio.expectSaved();
	await expect(studio.field('Title')).toHaveValue(copyTitle);
	await expect(studio.shortName).toHaveValue(copyId);
	await studio.checks.getByRole('button', { name: 'Author' }).click();
	await expect(studio.field('Author')).toBeFocused();
	await studio.field('Author').fill('Bill Van Auken');
	await expect(studio.checks.getByRole('button', { name: 'Author' })).toHaveCount(0);

	// A module opened on the home page is offered beside the site's.
	await home.goto();
	await home.openModuleFile(
		writeModuleFile(info.outputPath('kept.json'), sealed(copyOfSiteModule(copyId, copyTitle)))
	);
	await expect(home.moduleFileStatus).toHaveText(
		`${copyTitle} is ready. It is kept on this device.`
	);
	await studio.goto();
	await expect(page.getByLabel('Module', { exact: true }).getByRole('option')).toHaveText([
		moduleTitle,
		copyTitle
	]);
	await studio.openSiteModule(copyTitle);
	await expect(studio.shortName).toHaveValue(copyId);
});
