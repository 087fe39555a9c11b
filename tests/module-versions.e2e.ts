import { readFile, writeFile } from 'node:fs/promises';
import { sealResults } from '../src/lib/results/file';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { copyOfSiteModule, sealed, writeModuleFile } from './module-files';
import { AssignmentPage } from './pages/assignment-page';

test('a file made with a version of the questions the site does not keep is graded by today’s key, and the dashboard says so', async ({
	assignPage,
	homePage,
	handIn
}, info) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 1 });
	const ann = await handIn(link, 'Ann');
	// Ben's file, as a device would have made it against questions since changed: its version
	// is another, and one answer is to a question the module no longer has.
	const body = JSON.parse(await readFile(ann, 'utf8'));
	delete body.checksum;
	Object.assign(body, { student: 'Ben', studentId: 'ben-device' });
	body.module.version = 'an-older-key';
	body.attempts.push({ ...body.attempts[0], questionId: 'q-gone', sectionId: sections[0]!.id });
	const ben = info.outputPath('Ben.json');
	await writeFile(ben, JSON.stringify(await sealResults(body)));

	await homePage.goto();
	const dashboard = await homePage.openTeacherResults();
	await dashboard.importFiles([ann, ben]);
	await expect(dashboard.importLog).toContainText('Ben.json: imported.');
	const report = dashboard.report('Week 1 · 10B');
	await expect(report.points('Ben')).toHaveText('1');
	await expect(
		report.region.getByText(
			'One student’s file was made with a version of this module’s questions that this site does not keep, so it is graded by today’s answer key, which may not be the one the student answered: Ben'
		)
	).toBeVisible();
	await expect(
		report.region.getByText(
			'One answer is to questions the key it is graded by does not have, and does not count.'
		)
	).toBeVisible();
	// Ann answered today's questions: nothing is said of her.
	await expect(report.region.getByText(/: Ann$/)).toHaveCount(0);
});

test('a module file replaced by a newer version keeps the key it had: results answered against it are graded by it', async ({
	homePage,
	assignPage,
	newDevice
}, info) => {
	const id = 'iraq-crisis-9c';
	const title = 'The Iraq crisis, for class 9C';
	const first = sealed(copyOfSiteModule(id, title));
	// The newer version changes the first question's answer key.
	const changed = copyOfSiteModule(id, title);
	const questions = changed.data.questions as { id: string; answer: unknown }[];
	questions[0]!.answer = 'b';
	const firstPath = writeModuleFile(info.outputPath('first.json'), first);
	const newerPath = writeModuleFile(info.outputPath('newer.json'), sealed(changed));

	await homePage.goto();
	await homePage.openModuleFile(firstPath);
	await expect(homePage.moduleFileStatus).toContainText('is ready');
	await assignPage.goto();
	await assignPage.moduleSelect.selectOption({ label: title });
	const link = await assignPage.makeLink({ title: 'Week 3', className: '9C', sectionCount: 1 });

	// Ann answers the first question right by the key of the file she was given.
	const ann = new AssignmentPage(await newDevice());
	await ann.goto(link);
	await ann.page.getByLabel('Module file (.json)').setInputFiles(firstPath);
	await ann.startAs('Ann');
	const quiz = await ann.continue();
	await quiz.answerAndCheck(1, true);
	await ann.goto(link);
	const results = info.outputPath('Ann.json');
	await (await ann.handIn()).saveAs(results);

	// The teacher has since opened the newer version.
	await homePage.goto();
	await homePage.openModuleFile(newerPath);
	await expect(homePage.moduleFileStatus).toHaveText(
		`${title} was updated to the version in this file. Your answers are kept.`
	);
	const dashboard = await homePage.openTeacherResults();
	await dashboard.importFiles([results]);
	await expect(dashboard.logLine('Ann.json')).toHaveText('Ann.json: imported.');
	const report = dashboard.report('Week 3 · 9C');
	await expect(report.points('Ann')).toHaveText('1');
	await expect(
		report.region.getByText(
			'One student’s file was made with an earlier version of this module’s questions, and is graded by that version’s answer key: Ann'
		)
	).toBeVisible();
});
