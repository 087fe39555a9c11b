// Test-only: answers to any question of a module, for the LMS's tests.
import type { Answer, Question } from '$lib/module/types';

/** Characters a deflater cannot shorten: a seeded walk over CJK ideographs. */
function incompressible(length: number, seed: number) {
	let x = seed;
	return Array.from({ length }, () => {
		x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
		return String.fromCodePoint(0x4e00 + (x % 20_000));
	}).join('');
}

const longest = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a));

/** The largest answer each question's type allows, as its answer schema does. */
export function largestAnswer(q: Question, i: number): Answer {
	switch (q.type) {
		case 'single':
			return { type: 'single', choice: longest(q.options.map((o) => o.id)) };
		case 'multiple':
			return { type: 'multiple', choices: q.options.map((o) => o.id) };
		case 'truth':
			return { type: 'truth', value: 'not-stated' };
		case 'order':
			return { type: 'order', items: q.items.map((it) => it.id) };
		case 'match': {
			const right = longest(q.choices.map((o) => o.id));
			return { type: 'match', pairs: Object.fromEntries(q.pairs.map((p) => [p.id, right])) };
		}
		case 'classify':
			return {
				type: 'classify',
				kinds: Object.fromEntries(q.statements.map((s) => [s.id, 'opinion']))
			};
		case 'fill':
			return { type: 'fill', text: incompressible(200, i + 1) };
		default:
			return { type: q.type, choice: longest(q.choices.map((c) => c.id)) } as Answer;
	}
}
