import type { QuestionInteraction } from '../contract';
import type { MatchShape } from './kind';

// Each left item paired with the right item chosen for it, both named by the pair's id.
export const matchInteraction: QuestionInteraction<MatchShape> = {
	response: (q, a) => ({
		type: 'matching',
		pairs: q.pairs.flatMap((p) =>
			a.pairs[p.id] ? [[p.id, a.pairs[p.id]!] as [string, string]] : []
		)
	}),
	correct: (q) => ({ type: 'matching', pairs: q.pairs.map((p) => [p.id, p.id]) })
};
