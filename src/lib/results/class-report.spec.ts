import { describe, expect, it } from 'vitest';
import { single } from '$lib/module/fixtures';
import type { Question } from '$lib/module/types';
import { classReports } from './class-report';
import { classCsv, csvFileName, itemsCsv } from './csv';
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
			['Ann', 2, 2],
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

	it('takes hidden characters in a name for nothing: no second "Alice", no line turned around', () => {
		const [r] = classReports(questions, [
			file('Alice', '2026-12-01T10:00:00Z', ['a', 'b']),
			file('Al\u200Bice', '2026-12-01T11:00:00Z', ['a', 'a']),
			file('\u202EEve', '2026-12-01T12:00:00Z', ['a', 'a'])
		]);
		expect(r!.students.map((s) => [s.student, s.files])).toEqual([
			['Alice', 2],
			['Eve', 1]
		]);
	});

	it('takes the latest file by the instant it was handed in, whatever its time zone', () => {
		const [r] = classReports(questions, [
			// 10:00 in Kiribati (UTC+14) is 20:00 the day before in UTC: the earlier file.
			file('Ann', '2026-12-02T10:00:00+14:00', ['a', 'a']),
			file('Ann', '2026-12-02T09:00:00Z', ['a', 'b'])
		]);
		expect(r!.students[0]!.graded.total).toBe(1);
		expect(r!.students[0]!.history.map((h) => h.handedInAt)).toEqual([
			'2026-12-02T10:00:00+14:00',
			'2026-12-02T09:00:00Z'
		]);
	});

	it('grades a file made with an earlier version by that version’s key where the module keeps it, and says so', () => {
		const inVersion = (f: ResultsFile, version: string): ResultsFile => ({
			...f,
			module: { id: 'm', version }
		});
		// The earlier key had b right for both questions.
		const earlier = new Map([['old', questions.map((q) => ({ ...q, answer: 'b' }) as Question)]]);
		const lost = inVersion(file('Cy', '2026-12-01T10:00:00Z', ['a', 'b']), 'lost');
		lost.attempts.push({ ...lost.attempts[0]!, questionId: 'q9' });
		const [r] = classReports(
			questions,
			[
				inVersion(file('Ann', '2026-12-01T10:00:00Z', ['b', 'b']), 'old'),
				inVersion(file('Ben', '2026-12-01T10:00:00Z', ['a', 'a']), 'v'),
				lost
			],
			() => [],
			{ version: 'v', earlier }
		);
		expect(r!.students.map((s) => [s.student, s.graded.total, s.keyUsed, s.dropped])).toEqual([
			['Ann', 2, 'earlier', 0],
			['Ben', 2, 'current', 0],
			['Cy', 1, 'unknown', 1]
		]);
		expect(r!.otherVersions).toEqual({ earlier: ['Ann'], unknown: ['Cy'], dropped: 1 });
		// Without the keys, every file is graded by today's (as before versions were read).
		const [plain] = classReports(questions, [
			inVersion(file('Ann', '2026-12-01T10:00:00Z', ['b', 'b']), 'old')
		]);
		expect(plain!.students[0]!.graded.total).toBe(0);
		expect(plain!.otherVersions).toEqual({ earlier: [], unknown: [], dropped: 0 });
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
		// Full-width signs, and signs after a space or line break a spreadsheet skips.
		const [wide] = classReports(questions, [
			file('＝SUM(1)', '2026-12-01T10:00:00Z', ['a']),
			file('x', '2026-12-01T10:00:00Z', ['a'])
		]);
		const rows = classCsv(wide!, (id) => id).split('\r\n');
		expect(rows[1]).toMatch(/^"'＝SUM\(1\)",/);
		expect(rows[2]).toMatch(/^"x",/);
		for (const lead of ['\n=1', ' =1', '\u3000+1', '\t-1']) {
			const [r] = classReports(questions, [file('Ann', '2026-12-01T10:00:00Z', ['a'])]);
			r!.students[0]!.student = lead;
			expect(
				classCsv(r!, (id) => id)
					.split('\r\n')[1]!
					.startsWith(`"'`),
				lead
			).toBe(true);
		}
		expect(csvFileName('../../etc/passwd', 'class')).toBe('etc-passwd-class.csv');
		expect(csvFileName('Week 1: "Iraq"\u202E <b>', 'questions')).toBe(
			'Week 1- -Iraq- -b--questions.csv'
		);
		expect(csvFileName('\u200B', 'class')).toBe('class-class.csv');
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
