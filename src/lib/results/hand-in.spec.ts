import { describe, expect, it } from 'vitest';
import { attempt } from '$lib/module/fixtures';
import { readResults } from './file';
import { handIn, resultsFileName } from './hand-in';
import { encodeAssignment } from '$lib/assign/link';

const assignment = {
	module: 'iraq',
	sections: ['s1'],
	mode: 'immediate' as const,
	passMark: 0,
	due: null,
	locked: false,
	title: 'Homework',
	className: '10B'
};
const code = encodeAssignment(assignment);
const known = new Map([['iraq', ['s1', 's2']]]);

describe('handing in', () => {
	it('makes a sealed file of the assignment’s sections only, with the totals', async () => {
		const inIraq = { moduleId: 'iraq', assignment: code, round: 1 };
		const wrongThenRight = [
			attempt('q2', false, inIraq),
			attempt('q2', true, { ...inIraq, try: 2 })
		];
		const right = attempt('q1', true, inIraq);
		const elsewhere = attempt('q9', true, { ...inIraq, sectionId: 's2' });
		const otherModule = attempt('q1', true, { moduleId: 'gaza', assignment: code });
		// Work the student did on their own, or for another assignment, is not handed in.
		const own = attempt('q3', true, { moduleId: 'iraq' });
		const otherAssignment = attempt('q3', true, { moduleId: 'iraq', assignment: '1.c.d' });
		const file = await handIn({
			code,
			assignment,
			module: { id: 'iraq', version: 'v1' },
			sections: [{ id: 's1', questionIds: ['q1', 'q2', 'q3'] }],
			student: 'Sam',
			studentId: 'id-sam',
			attempts: [elsewhere, otherModule, own, otherAssignment, right, ...wrongThenRight],
			closed: [],
			now: new Date('2026-11-30T10:00:00Z')
		});
		// In the order they were made, whatever order the log gave them in.
		expect(file.attempts.map((a) => a.questionId)).toEqual(['q2', 'q2', 'q1']);
		expect(file.totals).toEqual({ points: 1.5, max: 3, answered: 2 });
		// What it hands in reads back whole through the teacher's import.
		const back = await readResults('sam.json', JSON.stringify(file), known);
		expect(back).toEqual(file);
	});

	it('hands in every round and the sections handed in; the totals are the latest rounds’', async () => {
		const deferred = { ...assignment, mode: 'deferred' as const, passMark: 100 };
		const code = encodeAssignment(deferred);
		const at = (round: number) => ({ moduleId: 'iraq', assignment: code, round });
		const file = await handIn({
			code,
			assignment: deferred,
			module: { id: 'iraq', version: 'v1' },
			sections: [{ id: 's1', questionIds: ['q1', 'q2'] }],
			student: 'Sam',
			studentId: 'id-sam',
			attempts: [
				// Go 1: q1 wrong, q2 right, handed in (1 of 2: not passed). Go 2: both right.
				attempt('q1', false, at(1)),
				attempt('q2', true, at(1)),
				attempt('q1', true, at(2)),
				attempt('q2', true, at(2))
			],
			closed: [
				{ sectionId: 's1', round: 1, at: 10 },
				{ sectionId: 's1', round: 2, at: 20 },
				{ sectionId: 's2', round: 1, at: 30 }
			],
			now: new Date('2026-11-30T10:00:00Z')
		});
		expect(file.attempts.map((a) => a.round)).toEqual([1, 1, 2, 2]);
		expect(file.closed).toEqual([
			{ sectionId: 's1', round: 1, at: 10 },
			{ sectionId: 's1', round: 2, at: 20 }
		]);
		expect(file.assignment).toMatchObject({ mode: 'deferred', passMark: 100, locked: false });
		expect(file.totals).toEqual({ points: 2, max: 2, answered: 2 });
		expect(await readResults('sam.json', JSON.stringify(file), known)).toEqual(file);
	});

	it('counts a blank in a section handed in as blank, not answered', async () => {
		const file = await handIn({
			code,
			assignment: { ...assignment, mode: 'deferred' },
			module: { id: 'iraq', version: 'v1' },
			sections: [{ id: 's1', questionIds: ['q1', 'q2', 'q3'] }],
			student: 'Sam',
			studentId: 'id-sam',
			attempts: [attempt('q1', true, { moduleId: 'iraq', assignment: code, round: 1 })],
			closed: [{ sectionId: 's1', round: 1, at: 10 }],
			now: new Date('2026-11-30T10:00:00Z')
		});
		expect(file.attempts).toHaveLength(1);
		expect(file.totals).toEqual({ points: 1, max: 3, answered: 1 });
	});

	it('names the file after the assignment and the student, safely', () => {
		expect(resultsFileName('Iraq: week 1', 'Zoë / ../x', new Date('2026-11-30T10:05:00Z'))).toBe(
			'lectern-results-iraq-week-1-zoe-x-2026-11-30-10-05.json'
		);
	});
});
