import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { studentFile } from './class-files';
import { expectNoAxeViolations } from './a11y-audit';
import { expect, test } from './fixtures';
import { questionsOf, sections } from './module-data';
import { TeacherPage } from './pages/teacher-page';

const section = sections[0]!;
const asked = questionsOf(section.id);

test('the class table uses the width, sorts, marks the pass mark in words, and opens a student’s answers', async ({
	teacherPage,
	isMobile
}, info) => {
	const assignment = { sections: [section.id], passMark: 60 };
	// Of the section's 10 or so questions: Ann right in all, Cal in 7 (a pass at 60 % of up to
	// 11), Ben in 3 (below 60 %).
	expect(asked.length).toBeLessThanOrEqual(11);
	const files = [
		await studentFile(info.outputDir, 'Ben', 3, assignment),
		await studentFile(info.outputDir, 'Ann', asked.length, assignment),
		await studentFile(info.outputDir, 'Cal', 7, assignment)
	];
	await teacherPage.goto();
	await teacherPage.importFiles(files);
	const report = teacherPage.report('Week 1 · 10B');
	await expect(report.region).toContainText('Pass mark: 60%');
	await expect(report.student('Ben')).toContainText('below pass mark');
	await expect(report.student('Cal')).not.toContainText('below pass mark');
	await expect(report.student('Ann')).not.toContainText('below pass mark');
	// The mean of Ann's, Cal's and Ben's points, to one decimal as the table shows it.
	const mean = Math.round(((asked.length + 7 + 3) / 3) * 10) / 10;
	await expect(report.average).toContainText(`${mean} / ${asked.length}`);

	expect(await report.names()).toEqual(['Ann', 'Ben', 'Cal']);
	await report.sortBy('Total');
	await expect.poll(() => report.names()).toEqual(['Ann', 'Cal', 'Ben']);

	// Every column in view, without scrolling sideways; on a phone, a card per student.
	const fits = await report.students.evaluate((table) => {
		const box = table.getBoundingClientRect();
		return box.right <= document.documentElement.clientWidth;
	});
	expect(fits).toBe(true);
	const name = await report.student('Ann').getByRole('rowheader').boundingBox();
	const total = await report.student('Ann').getByRole('cell').nth(1).boundingBox();
	if (isMobile) expect(total!.y).toBeGreaterThan(name!.y + name!.height - 1);
	else expect(total!.y).toBeLessThan(name!.y + name!.height);

	// Ben's answers, question by question: right at the first try, or wrong twice.
	const answers = await report.openAnswers('Ben');
	const tries = answers.getByRole('list', { name: 'Tries' }).getByRole('listitem');
	await expect(tries.filter({ hasText: /Try 1, right:/ })).toHaveCount(3);
	await expect(tries.filter({ hasText: /Try 2, wrong:/ })).toHaveCount(asked.length - 3);
	await expect(answers).toContainText(asked[0]!.prompt);
	await expectNoAxeViolations(teacherPage.page);
});

test('the question table shows every type’s first answers in words, and the CSV reads as the page', async ({
	teacherPage
}, info) => {
	const assignment = { sections: [section.id] };
	const files = [
		await studentFile(info.outputDir, 'Ann', asked.length, assignment),
		await studentFile(info.outputDir, 'Ben', 0, assignment)
	];
	await teacherPage.goto();
	await teacherPage.importFiles(files);
	const report = teacherPage.report('Week 1 · 10B');
	const rows = report.items.getByRole('row');
	for (const [i, q] of asked.entries()) {
		const row = rows.nth(i + 1);
		const first = row.getByRole('cell').last();
		// Every question has its first answers listed, whatever its type.
		await expect(first, `${q.type} ${q.id}`).not.toBeEmpty();
		if (q.statement) await expect(row.getByRole('rowheader')).toContainText(q.statement);
		if (q.type === 'classify') await expect(first).toContainText(`${q.statements![0]!.text} → `);
		if (q.type === 'match') await expect(first).toContainText(`${q.pairs![0]!.left} → `);
		if (q.type === 'fill') await expect(first).toContainText(`${q.accept![0]}: 1 (right)`);
	}
	// Reading skills: Ann right throughout, Ben wrong throughout: half the points on each. The
	// section's classify question practises telling sources apart, its order question sequencing.
	for (const skill of [
		'Finding what the text says',
		'Telling facts, quoted claims, unconfirmed reports and opinions apart',
		'Putting events in order',
		'Placing events on the map'
	])
		await expect(report.skills.getByRole('row', { name: skill })).toContainText('50%');
	const downloading = teacherPage.page.waitForEvent('download');
	await report.region.getByRole('button', { name: 'Download the question table (CSV)' }).click();
	const csv = await readFile((await (await downloading).path())!, 'utf8');
	const lines = csv.trim().split('\r\n');
	expect(lines).toHaveLength(asked.length + 1);
	// Words, not ids: the question as the page titles it, its type by name.
	expect(lines[1]).toContain(`"1","${asked[0]!.prompt}","One answer","2"`);
	expect(csv).not.toContain(asked[0]!.id);
});

test('the whole dashboard moves to another device as one backup, merged with nothing doubled', async ({
	teacherPage,
	newDevice
}, info) => {
	const assignment = { sections: [section.id] };
	const ann = await studentFile(info.outputDir, 'Ann', asked.length, assignment);
	const ben = await studentFile(info.outputDir, 'Ben', 2, assignment);
	await teacherPage.goto();
	await teacherPage.importFiles([ann, ben]);
	await expect(teacherPage.report('Week 1 · 10B').studentRows).toHaveCount(2);
	const backup = await teacherPage.downloadBackup();
	await expect(teacherPage.backup.getByRole('status')).toHaveText(
		'Backup of 2 files saved to your downloads.'
	);

	// At home: Ann's file was imported there already; the backup brings Ben's, and Ann's once.
	const home = new TeacherPage(await newDevice());
	await home.goto();
	await home.importFiles([ann]);
	const status = await home.restoreBackup(backup);
	await expect(status).toHaveText('Backup restored: 1 file added, 1 already here.');
	const report = home.report('Week 1 · 10B');
	await expect.poll(() => report.names()).toEqual(['Ann', 'Ben']);
	await expect(report.points('Ben')).toHaveText('2');
	await home.restoreBackup(backup);
	await expect(status).toHaveText('Backup restored: 0 files added, 2 already here.');
	await expect(report.studentRows).toHaveCount(2);

	// A backup edited by hand is refused whole, and changes nothing here.
	const edited = JSON.parse(await readFile(backup, 'utf8'));
	edited.files[1].file.student = 'Benjamin';
	const forged = join(info.outputDir, 'edited-backup.json');
	await writeFile(forged, JSON.stringify(edited));
	await home.restoreBackup(forged);
	await expect(status).toHaveText(
		'Backup not restored: the file Ben.json in it is not valid: it does not match its checksum: it was changed or damaged after it was made. Nothing here was changed.'
	);
	// Nor does a single results file given as a backup.
	await home.restoreBackup(ann);
	await expect(status).toContainText('it is not a Lectern results backup');
	await expect(report.studentRows).toHaveCount(2);
	await expect(report.points('Ben')).toHaveText('2');
});

test('a class’s files imported at once are read back once they are all in, not after each one', async ({
	page,
	teacherPage
}, info) => {
	// Reading every stored file again after each one kept made 200 files take 45 s on a phone.
	await page.addInitScript(() => {
		const w = window as unknown as { __reads: number };
		w.__reads = 0;
		for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
			for (const method of ['getAll', 'openCursor'] as const) {
				const original = proto[method] as (...args: unknown[]) => IDBRequest;
				proto[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
					const store = this instanceof IDBIndex ? this.objectStore : this;
					if (store.name === 'submissions') w.__reads++;
					return original.apply(this, args);
				} as never;
			}
		}
	});
	const assignment = { sections: [section.id] };
	const files = await Promise.all(
		Array.from({ length: 20 }, (_, i) =>
			studentFile(info.outputDir, `Pupil ${i + 1}`, i % 10, assignment)
		)
	);
	await teacherPage.goto();
	await expect(teacherPage.empty).toBeVisible();
	const reads = () => page.evaluate(() => (window as unknown as { __reads: number }).__reads);
	const before = await reads();
	await teacherPage.importFiles(files);
	await expect(teacherPage.report('Week 1 · 10B').studentRows).toHaveCount(20);
	expect(await reads()).toBeLessThanOrEqual(before + 2);
});
