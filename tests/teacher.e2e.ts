import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sealResults } from '../src/lib/results/file';
import { expectNoAxeViolations } from './a11y-audit';
import { expect, test } from './fixtures';
import { questionsOf, sections } from './module-data';
import { storeImportedFile } from './storage-probes';

test('a teacher imports two students’ files, with bad ones beside them, and reads the class', async ({
	assignPage,
	homePage,
	handIn
}, info) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 1 });
	const dir = info.outputDir;
	const ann = await handIn(link, 'Ann');
	const ben = await handIn(link, 'Ben', { right: false });

	// Bad files: not JSON, and Ben's file with his score raised by hand.
	const broken = join(dir, 'broken.json');
	await writeFile(broken, '{"format": "lectern-res');
	const forged = join(dir, 'forged.json');
	const benFile = JSON.parse(await readFile(ben, 'utf8'));
	benFile.totals.points = benFile.totals.max;
	await writeFile(forged, JSON.stringify(benFile));

	await homePage.goto();
	const dashboard = await homePage.openTeacherResults();
	await expect(dashboard.forgeryNote).toBeVisible();
	await dashboard.importFiles([ann, broken, forged, ben]);
	const log = dashboard.importLog;
	await expect(log).toContainText('Ann.json: imported.');
	await expect(log).toContainText('Ben.json: imported.');
	await expect(log).toContainText('broken.json: not imported: it is not a JSON file');
	await expect(log).toContainText('forged.json: not imported: it does not match its checksum');

	const report = dashboard.report('Week 1 · 10B');
	// Worked by hand: Ann right at the first try (1 point), Ben wrong twice (0).
	await expect(report.student('Ann')).toContainText('1');
	await expect(report.points('Ben')).toHaveText('0');
	// Answered by 2, right at the first try by 1: facility 50.
	await expect(report.itemCell(1, 0)).toHaveText('2');
	await expect(report.itemCell(1, 1)).toHaveText('50');

	// Mastery: a row for every actor and event the section's questions ask about.
	const tags = new Set(
		questionsOf(sections[0]!.id).flatMap((q) => [
			...(q.actors ?? []).map((a) => `a:${a}`),
			...(q.events ?? []).map((e) => `e:${e}`)
		])
	);
	await expect(report.mastery.getByRole('row')).toHaveCount(tags.size + 1);
	// Only question 1 was answered, and right by one of two: no tag can be above 50 %.
	const shares = await report.masteryShares();
	expect(shares).toHaveLength(tags.size);
	for (const share of shares) expect(Number(share.replace('%', ''))).toBeLessThanOrEqual(50);

	// Importing the same file again changes nothing.
	await dashboard.importFiles([ann]);
	await expect(dashboard.logLine('Ann.json')).toHaveText('Ann.json: already imported.');
	await expect(report.studentRows).toHaveCount(2);

	await expectNoAxeViolations(dashboard.page);

	// The CSV holds the same numbers.
	const csv = await readFile(await report.downloadCsv(), 'utf8');
	expect(csv.split('\r\n')[1]).toMatch(/^"Ann","1","1",/);

	// Ann hands in again later: the new file counts, and both stay listed.
	const again = join(dir, 'Ann-again.json');
	// A re-hand-in is the same work sealed again later; the seal covers everything but itself.
	const annFile = JSON.parse(await readFile(ann, 'utf8'));
	delete annFile.checksum;
	const later = await sealResults({ ...annFile, handedInAt: '2026-12-03T09:00:00.000Z' });
	await writeFile(again, JSON.stringify(later));
	await dashboard.importFiles([again]);
	await expect(dashboard.page.getByText('Ann-again.json: imported.')).toBeVisible();
	await report.showFiles(3);
	await expect(report.filesOf('Ann').filter({ hasText: /\(counted\)$/ })).toHaveCount(1);
	await expect(report.filesOf('Ann')).toHaveCount(2);

	// Removing the class empties the dashboard, after a confirmation.
	await report.remove(3);
	await expect(dashboard.empty).toBeVisible();
});

test('a file forged to change its class’s rules is refused, and the class reads as its link says, after a reload too', async ({
	assignPage,
	homePage,
	handIn
}, info) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 1 });
	const ann = await handIn(link, 'Ann');
	const honest = JSON.parse(await readFile(ann, 'utf8'));
	delete honest.checksum;
	// Sealed again after the edit: the checksum matches, the link's code does not.
	const forge = async (name: string, change: (f: typeof honest) => void) => {
		const body = structuredClone(honest);
		change(body);
		const path = join(info.outputDir, name);
		await writeFile(path, JSON.stringify(await sealResults(body)));
		return path;
	};
	const files = [
		await forge('hijack.json', (f) => {
			Object.assign(f.assignment, { title: 'HIJACKED', className: 'nobody', due: '2000-01-01' });
			Object.assign(f, { student: 'Mallory', studentId: 'mallory' });
		}),
		await forge('twice.json', (f) => {
			f.assignment.sections = [sections[0]!.id, sections[0]!.id];
			Object.assign(f, { student: 'Max', studentId: 'max' });
		}),
		await forge('rules.json', (f) => {
			Object.assign(f.assignment, { mode: 'practice', passMark: 100 });
			Object.assign(f, { student: 'Mo', studentId: 'mo' });
		})
	];

	await homePage.goto();
	const dashboard = await homePage.openTeacherResults();
	// The forged files first: had one set the class's rules, Ann's file would have joined them.
	await dashboard.importFiles([...files, ann]);
	for (const name of ['hijack.json', 'twice.json', 'rules.json']) {
		await expect(dashboard.importLog).toContainText(
			`${name}: not imported: its assignment is not the one in the link it was made from: it was changed after it was made.`
		);
	}
	await expect(dashboard.importLog).toContainText('Ann.json: imported.');
	for (const seen of [false, true]) {
		if (seen) await dashboard.page.reload();
		const report = dashboard.report('Week 1 · 10B');
		await expect(report.studentRows).toHaveCount(1);
		await expect(report.points('Ann')).toHaveText('1');
		await expect(dashboard.page.getByText('HIJACKED')).toHaveCount(0);
		await expect(dashboard.page.getByText(/^Feedback: Straight away/)).toBeVisible();
	}
});

test('a forged file an earlier version let in is not counted, and the teacher can remove it', async ({
	assignPage,
	homePage,
	handIn
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({ title: 'Week 1', className: '10B', sectionCount: 1 });
	const ann = await handIn(link, 'Ann');
	await homePage.goto();
	const dashboard = await homePage.openTeacherResults();
	await dashboard.importFiles([ann]);
	await expect(dashboard.logLine('Ann.json')).toHaveText('Ann.json: imported.');

	const honest = JSON.parse(await readFile(ann, 'utf8'));
	delete honest.checksum;
	const forged = await sealResults({
		...honest,
		assignment: { ...honest.assignment, title: 'HIJACKED', due: '2000-01-01' },
		student: 'Mallory',
		studentId: 'mallory'
	});
	await storeImportedFile(dashboard.page, 'Mallory.json', forged);
	await dashboard.page.reload();
	const notice = dashboard.page.getByText(
		'1 file imported by an earlier version of Lectern is not counted: the assignment in it is not the one in the link it was made from.'
	);
	await expect(notice).toBeVisible();
	const report = dashboard.report('Week 1 · 10B');
	await expect(report.studentRows).toHaveCount(1);
	await expect(dashboard.page.getByText('HIJACKED')).toHaveCount(0);

	await dashboard.page.getByRole('button', { name: 'Remove that file' }).click();
	await expect(dashboard.page.getByRole('status').filter({ hasText: 'removed' })).toHaveText(
		'1 file removed.'
	);
	await expect(notice).toHaveCount(0);
	await expect(report.studentRows).toHaveCount(1);
});
