import { describe, expect, it } from 'vitest';
import { single } from '$lib/module/fixtures';
import type { Question } from '$lib/module/types';
import { classCsv, classReports, itemsCsv } from './class-report';
import type { ResultsFile } from './file';

const questions: Question[] = [
	{ ...single('q1'), actors: ['isis'] },
	{ ...single('q2'), actors: ['isis', 'iran'], events: ['mosul'] },
	{ ...single('q3'), section: 's2', actors: ['turkey'] }
];
const file = (student: string, handedInAt: string, choices: string[]): ResultsFile => ({
	format: 'lectern-results',
	version: 1,
	module: { id: 'm', version: 'v' },
	assignment: {
		code: '1.x.y',
		title: 'Homework',
		className: '10B',
		sections: ['s1'],
		mode: 'immediate',
		due: '2026-12-04'
	},
	student,
	handedInAt,
	attempts: choices.map((choice, i) => ({
		questionId: `q${i + 1}`,
		sectionId: 's1',
		answer: { type: 'single', choice },
		try: 1,
		at: 60_000 * i
	})),
	totals: { points: 99, max: 99, answered: 99 },
	checksum: `sha256:${student}${handedInAt}`
});

describe('the class report', () => {
	const [report] = classReports(questions, [
		file('Ann', '2026-12-01T10:00:00Z', ['a', 'b']),
		file('Ben', '2026-12-05T08:00:00Z', ['b', 'b']),
		file('Ann ', '2026-12-02T10:00:00Z', ['a', 'a'])
	]);

	it('never merges two students: a file is matched by its student id, else by its name exactly', () => {
		const v3 = (student: string, studentId: string, at: string): ResultsFile => ({
			...file(student, at, ['a', 'b']),
			version: 3,
			studentId
		});
		const [r] = classReports(
			questions,
			[
				file('maya patel', '2026-12-01T10:00:00Z', ['a', 'b']),
				file('Maya Patel', '2026-12-01T11:00:00Z', ['b', 'b']),
				v3('Sam', 'id-1', '2026-12-01T10:00:00Z'),
				v3('Sam', 'id-2', '2026-12-01T10:30:00Z'),
				// The same device under a corrected name: one student.
				v3('Sammy', 'id-1', '2026-12-01T12:00:00Z')
			],
			() => ['Maya Patel', 'Sam', 'Zoë']
		);
		expect(r!.students.map((s) => [s.student, s.files, s.sameName])).toEqual([
			['maya patel', 1, 2],
			['Maya Patel', 1, 2],
			['Sam', 1, 1],
			['Sammy', 2, 1]
		]);
		expect(new Set(r!.students.map((s) => s.key)).size).toBe(4);
		// The class list: who has no file, by name in any case.
		expect(r!.missing).toEqual(['Zoë']);
	});

	it('counts each student’s latest file, re-graded, and keeps the count of all', () => {
		expect(report!.students.map((s) => [s.student, s.graded.total, s.files])).toEqual([
			['Ann ', 2, 2],
			['Ben', 0, 1]
		]);
		// The file's own totals (99) are never used.
		expect(report!.students[0]!.sections).toEqual({ s1: 2 });
		// The earlier file is still there, graded on its own.
		expect(report!.students[0]!.history).toEqual([
			{ handedInAt: '2026-12-01T10:00:00Z', total: 1, counted: false },
			{ handedInAt: '2026-12-02T10:00:00Z', total: 2, counted: true }
		]);
	});

	it('marks a file handed in after the due day as late, and measures the time spent', () => {
		expect(report!.students.map((s) => s.late)).toEqual([false, true]);
		expect(report!.students[0]!.minutes).toBe(1);
	});

	it('analyses only the assignment’s questions', () => {
		expect(report!.items.map((i) => [i.questionId, i.facility])).toEqual([
			['q1', 50],
			['q2', 50]
		]);
	});

	it('lists students in the order a teacher reads names, numbers included', () => {
		const names = ['Student 10', 'student 2', 'Student 1'];
		const [r] = classReports(
			questions,
			names.map((n) => file(n, '2026-12-01T10:00:00Z', ['a']))
		);
		expect(r!.students.map((s) => s.student)).toEqual(['Student 1', 'student 2', 'Student 10']);
	});

	it('shows how much of each actor and event the class has mastered', () => {
		// Ann 2 of 2, Ben 0 of 2 on the ISIS questions: half; only q2 tags Iran and Mosul.
		expect(report!.mastery).toEqual([
			{ kind: 'actor', id: 'isis', questions: 2, share: 50 },
			{ kind: 'actor', id: 'iran', questions: 1, share: 50 },
			{ kind: 'event', id: 'mosul', questions: 1, share: 50 }
		]);
	});

	it('writes CSV that a spreadsheet reads as text, never as a formula', () => {
		const [evil] = classReports(questions, [
			file('=HYPERLINK("x")', '2026-12-01T10:00:00Z', ['a'])
		]);
		const csv = classCsv(evil!, (id) => `Section ${id}`);
		expect(csv.split('\r\n')[0]).toBe(
			'"Student","Section s1","Total","Minutes","Handed in","Late","Files"'
		);
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(itemsCsv(report!).split('\r\n')[1]).toBe('"q1","single","2","50","100","a: 1; b: 1"');
	});
});
