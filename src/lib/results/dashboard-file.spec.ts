import { describe, expect, it } from 'vitest';
import { DashboardFileError, readDashboardFile, type DashboardProblem } from './dashboard-file';
import { sealResults, type ResultsBody } from './file';
import { encodeAssignment } from '$lib/assign/link';

const rules = {
	title: 'Homework',
	className: '10B',
	sections: ['offensive'],
	mode: 'immediate' as const,
	due: null
};
const code = encodeAssignment({ ...rules, module: 'iraq', passMark: 0, locked: false });

const body = (student: string): ResultsBody => ({
	format: 'lectern-results',
	version: 3,
	module: { id: 'iraq', version: 'k3x9' },
	assignment: { code, ...rules },
	student,
	studentId: `id-${student}`,
	handedInAt: '2026-11-30T10:00:00.000Z',
	attempts: [
		{
			questionId: 'q1',
			sectionId: 'offensive',
			answer: { type: 'single', choice: 'a' },
			try: 1,
			at: 1
		}
	],
	totals: { points: 1, max: 1, answered: 1 }
});
const known = new Map([['iraq', ['offensive']]]);

async function backup(students: string[]) {
	return {
		format: 'lectern-dashboard',
		version: 1,
		exportedAt: '2026-12-01T10:00:00.000Z',
		files: await Promise.all(
			students.map(async (s, i) => ({
				name: `${s}.json`,
				importedAt: 1000 + i,
				file: await sealResults(body(s))
			}))
		)
	};
}

async function problemOf(text: string): Promise<DashboardProblem | 'accepted'> {
	try {
		await readDashboardFile(text, known);
		return 'accepted';
	} catch (e) {
		if (e instanceof DashboardFileError) return e.problem;
		throw e;
	}
}

describe('dashboard backups', () => {
	it('reads back every file, checked, with its name and when it was imported', async () => {
		const files = await readDashboardFile(JSON.stringify(await backup(['Ann', 'Ben'])), known);
		expect(files.map((f) => [f.name, f.importedAt, f.file.student])).toEqual([
			['Ann.json', 1000, 'Ann'],
			['Ben.json', 1001, 'Ben']
		]);
	});

	it('refuses the whole backup when one file in it was changed, and names that file', async () => {
		const b = await backup(['Ann', 'Ben']);
		b.files[1]!.file.totals.points = 99;
		expect(await problemOf(JSON.stringify(b))).toEqual({ file: 'Ben.json', problem: 'checksum' });
		const other = await backup(['Ann']);
		other.files[0]!.file = await sealResults({ ...body('Ann'), module: { id: 'x', version: 'v' } });
		expect(await problemOf(JSON.stringify(other))).toEqual({
			file: 'Ann.json',
			problem: 'unknown-module'
		});
	});

	it('refuses what is not a backup, or not one this version reads', async () => {
		const good = await backup(['Ann']);
		expect(await problemOf('{"format": "lectern-dash')).toEqual({ backup: 'not-json' });
		expect(await problemOf(JSON.stringify(good.files[0]!.file))).toEqual({
			backup: 'not-dashboard'
		});
		expect(await problemOf(JSON.stringify({ ...good, version: 2 }))).toEqual({ backup: 'newer' });
		expect(await problemOf(JSON.stringify({ ...good, extra: 1 }))).toEqual({ backup: 'invalid' });
		expect(
			await problemOf(JSON.stringify(good).replace('"files"', '"__proto__":{},"files"'))
		).toEqual({ backup: 'invalid' });
		expect(await problemOf(JSON.stringify({ ...good, files: 'x' }))).toEqual({ backup: 'invalid' });
	});
});
