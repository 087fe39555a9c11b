import { describe, expect, it } from 'vitest';
import { attempt } from '$lib/module/fixtures';
import { readResults } from './file';
import { handIn, resultsFileName } from './hand-in';

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

describe('handing in', () => {
	it('makes a sealed file of the assignment’s sections only, with the totals', async () => {
		const inIraq = { moduleId: 'iraq' };
		const wrongThenRight = [
			attempt('q2', false, inIraq),
			attempt('q2', true, { ...inIraq, try: 2 })
		];
		const right = attempt('q1', true, inIraq);
		const elsewhere = attempt('q9', true, { ...inIraq, sectionId: 's2' });
		const otherModule = attempt('q1', true, { moduleId: 'gaza' });
		const file = await handIn({
			code: '1.a.b',
			assignment,
			module: { id: 'iraq', version: 'v1' },
			sections: [{ id: 's1', questionIds: ['q1', 'q2', 'q3'] }],
			student: 'Sam',
			attempts: [elsewhere, otherModule, right, ...wrongThenRight],
			now: new Date('2026-11-30T10:00:00Z')
		});
		// In the order they were made, whatever order the log gave them in.
		expect(file.attempts.map((a) => a.questionId)).toEqual(['q2', 'q2', 'q1']);
		expect(file.totals).toEqual({ points: 1.5, max: 3, answered: 2 });
		// What it hands in reads back whole through the teacher's import.
		const back = await readResults('sam.json', JSON.stringify(file), new Set(['iraq']));
		expect(back).toEqual(file);
	});

	it('names the file after the assignment and the student, safely', () => {
		expect(resultsFileName('Iraq: week 1', 'Zoë / ../x', new Date('2026-11-30T10:05:00Z'))).toBe(
			'lectern-results-iraq-week-1-zoe-x-2026-11-30-10-05.json'
		);
	});
});
