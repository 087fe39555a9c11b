import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readResults } from '../src/lib/results/file';
import { expect, test } from './fixtures';
import { siteModules } from './module-data';
import { AssignmentPage } from './pages/assignment-page';
import { holdStorageCode } from './storage-probes';

test('with a class list, students pick their name, and the dashboard lists who has not handed in', async ({
	assignPage,
	teacherPage,
	newDevice
}, info) => {
	await assignPage.goto();
	const roster = ['Maya Patel', 'Ben Ng', 'Chloé Durand'];
	const link = await assignPage.makeLink({
		title: 'Week 1',
		className: '10B',
		sectionCount: 1,
		roster
	});
	const files: string[] = [];
	for (const name of ['Maya Patel', 'Ben Ng']) {
		const assignment = new AssignmentPage(await newDevice());
		await assignment.goto(link);
		// A list to pick from, not a box to type in.
		await expect(assignment.nameBox).toHaveCount(0);
		await assignment.pickName(name);
		const quiz = await assignment.continue();
		await quiz.answerAndCheck(1, true);
		await assignment.goto(link);
		const path = join(info.outputDir, `${name}.json`);
		await (await assignment.handIn()).saveAs(path);
		files.push(path);
	}
	const file = await readResults('maya.json', await readFile(files[0]!, 'utf8'), siteModules);
	expect(file.student).toBe('Maya Patel');
	expect(file.studentId).toMatch(/^[0-9a-f]{24}$/);

	await teacherPage.goto();
	await teacherPage.importFiles(files);
	const report = teacherPage.report('Week 1 · 10B');
	await expect(report.student('Maya Patel')).toBeVisible();
	await expect(report.student('Ben Ng')).toBeVisible();
	await expect(report.missing).toHaveText('Not handed in yet (1): Chloé Durand');
});

test('two students who type one name in different capitals stay two rows, and the teacher is told', async ({
	assignPage,
	teacherPage,
	handIn
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 1 });
	const first = await handIn(link, 'maya patel');
	const second = await handIn(link, 'Maya Patel', { right: false });

	await teacherPage.goto();
	await teacherPage.importFiles([first, second]);
	const report = teacherPage.report('Week 1 · 10B');
	// One row for each student: neither file replaced the other.
	await expect(report.studentRows).toHaveCount(2);
	await expect(report.points('maya patel')).toHaveText('1');
	await expect(report.points('Maya Patel')).toHaveText('0');
	await expect(
		teacherPage.page.getByText('Some students handed in under the same name')
	).toBeVisible();
});

test('a name cannot be given before the device has said who the student is, so every file carries the id', async ({
	assignPage,
	newDevice
}, info) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({
		title: 'Week 1',
		className: '10B',
		sectionCount: 1,
		roster: ['Maya Patel', 'Ben Ng']
	});
	const page = await newDevice();
	const storage = await holdStorageCode(page);
	const assignment = new AssignmentPage(page);
	await assignment.goto(link);
	await expect.poll(storage.isHeld).toBe(true);
	// A name picked now would be kept with no id: the page is still opening.
	await expect(page.getByText('Opening the assignment…')).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Your name' })).toHaveCount(0);
	storage.release();
	await assignment.pickName('Maya Patel');
	await storage.stop();
	const path = join(info.outputDir, 'maya.json');
	await (await assignment.handIn()).saveAs(path);
	const file = await readResults('maya.json', await readFile(path, 'utf8'), siteModules);
	expect(file.studentId).toMatch(/^[0-9a-f]{24}$/);
});
