import { describe, expect, it } from 'vitest';
import { single } from '$lib/module/fixtures';
import type { Question } from '$lib/module/types';
import { classReports } from './class-report';
import { classCsv, itemsCsv } from './csv';
import type { ResultsFile } from './file';
import { sortRows } from './sort-rows';

const questions: Question[] = [
	{ ...single('q1'), actors: ['isis'] },
	{ ...single('q2'), actors: ['isis', 'iran'], events: ['mosul'], skills: ['source', 'argument'] },
	{ ...single('q3'), section: 's2', actors: ['turkey'], skills: ['speaker'] }
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

	it('gives the class average, and marks in words the sections below the pass mark', () => {
		expect(report!.average).toEqual({ sections: { s1: 1 }, total: 1, minutes: 1 });
		expect(report!.students.map((s) => s.belowPass)).toEqual([[], []]);
		const marked = (mode: 'immediate' | 'practice', passMark: number) => {
			const f = file('Ben', '2026-12-05T08:00:00Z', ['a', 'b']);
			const [r] = classReports(questions, [
				{ ...f, assignment: { ...f.assignment, mode, passMark } }
			]);
			return r!.students[0]!.belowPass;
		};
		// Ben has 1 of 2: 50 % is below 60 and reaches 50.
		expect(marked('immediate', 60)).toEqual(['s1']);
		expect(marked('immediate', 50)).toEqual([]);
		expect(marked('practice', 60)).toEqual([]);
		expect(classReports(questions, [])).toEqual([]);
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

	it('reports the class on each reading skill its questions practise', () => {
		// Ann 2 of 2, Ben 0 of 2; q2 alone practises source and argument: Ann right, Ben wrong.
		expect(report!.skills).toEqual([
			{ id: 'detail', questions: 1, share: 50 },
			{ id: 'source', questions: 1, share: 50 },
			{ id: 'argument', questions: 1, share: 50 }
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
		const [head, q1] = itemsCsv(report!).split('\r\n');
		expect(head).toBe(
			'"No.","Question","Type","Answered","Facility %","Discrimination","First answers"'
		);
		expect(q1).toBe('"1","Which?","One answer","2","50","100","A: 1 (right); B: 1"');
	});
});

describe('sorting the class table', () => {
	const [report] = classReports(
		[single('q1'), single('q2')],
		[
			file('Student 10', '2026-12-01T10:00:00Z', ['a', 'a']),
			file('Ann', '2026-12-01T09:00:00Z', ['b', 'b']),
			file('student 2', '2026-12-01T11:00:00Z', ['a', 'b']),
			file('Cal', '2026-12-01T08:00:00Z', ['a', 'b', 'a'])
		]
	);
	const names = (by: string, down = false) =>
		sortRows(report!.students, { by, down }).map((r) => r.student);

	it('sorts by name as a teacher reads names, either way', () => {
		expect(names('student')).toEqual(['Ann', 'Cal', 'student 2', 'Student 10']);
		expect(names('student', true)).toEqual(['Student 10', 'student 2', 'Cal', 'Ann']);
	});

	it('sorts by points, and keeps students with the same points in name order', () => {
		expect(names('total', true)).toEqual(['Student 10', 'Cal', 'student 2', 'Ann']);
		expect(names('s1')).toEqual(['Ann', 'Cal', 'student 2', 'Student 10']);
		expect(names('handedIn')).toEqual(['Cal', 'Ann', 'Student 10', 'student 2']);
	});
});
