import type { Attempt } from './progress';
import type { Question } from './types';

/** Small factories for tests: one valid question of each type, and attempts. */
const base = {
	section: 's1',
	prompt: 'Which?',
	hint: 'Look again.',
	explanation: 'Because.',
	evidence: ['One.'],
	evidenceIds: ['s1-1-1'],
	actors: [],
	events: [],
	skills: ['detail' as const]
};

export const single = (id = 'q1'): Question => ({
	...base,
	id,
	type: 'single',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B', feedback: 'B is wrong because…' }
	],
	answer: 'a'
});

export const multiple = (id = 'q2'): Question => ({
	...base,
	id,
	type: 'multiple',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
		{ id: 'c', text: 'C' }
	],
	answer: ['a', 'c']
});

export const truth = (id = 'q3'): Question => ({
	...base,
	id,
	type: 'truth',
	statement: 'X happened.',
	answer: 'not-stated'
});

export const match = (id = 'q4'): Question => ({
	...base,
	id,
	type: 'match',
	pairs: [
		{ id: 'p1', left: 'L1', right: 'R1' },
		{ id: 'p2', left: 'L2', right: 'R2' }
	],
	distractors: ['R3'],
	choices: [
		{ id: 'p2', text: 'R2' },
		{ id: 'distractor-1', text: 'R3' },
		{ id: 'p1', text: 'R1' }
	]
});

export const order = (id = 'q5'): Question => ({
	...base,
	id,
	type: 'order',
	items: [
		{ id: 'i1', text: 'First' },
		{ id: 'i2', text: 'Second' },
		{ id: 'i3', text: 'Third' }
	],
	shuffled: ['i3', 'i1', 'i2']
});

export const fill = (id = 'q6'): Question => ({
	...base,
	id,
	type: 'fill',
	prompt: 'The group is called ___.',
	accept: ['ISIS', 'ISIL', 'Islamic State of Iraq and the Levant']
});

export const classify = (id = 'q7'): Question => ({
	...base,
	id,
	type: 'classify',
	statements: [
		{ id: 's1', text: 'Kirkuk was taken.', answer: 'fact' },
		{ id: 's2', text: '"I don\'t rule out anything."', answer: 'claim' },
		{ id: 's3', text: 'A monumental debacle.', answer: 'opinion', feedback: 'Judgement words.' }
	]
});

let clock = 1_000;
export const locate = (id = 'q8'): Question => ({
	...base,
	id,
	type: 'locate',
	places: ['mosul', 'kirkuk'],
	choices: [
		{ id: 'kirkuk', text: 'Kirkuk' },
		{ id: 'mosul', text: 'Mosul' }
	],
	answer: 'mosul'
});

export const speaker = (id = 'q9'): Question => ({
	...base,
	id,
	type: 'speaker',
	quote: 'One.',
	options: ['obama', 'boehner'],
	choices: [
		{ id: 'boehner', text: 'John Boehner' },
		{ id: 'obama', text: 'Barack Obama' }
	],
	answer: 'obama',
	marked: true
});

export function attempt(
	questionId: string,
	correct: boolean,
	extra: Partial<Attempt> = {}
): Attempt {
	clock += 1_000;
	return {
		id: `${questionId}-${clock}`,
		moduleId: 'm',
		sectionId: 's1',
		questionId,
		answer: { type: 'single', choice: correct ? 'a' : 'b' },
		correct,
		try: 1,
		at: clock,
		...extra
	};
}
