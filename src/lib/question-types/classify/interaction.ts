import type { QuestionInteraction } from '../contract';
import type { ClassifyShape } from './kind';

// Each statement matched with the kind it was given (fact, claim, opinion).
export const classifyInteraction: QuestionInteraction<ClassifyShape> = {
	response: (q, a) => ({
		type: 'matching',
		pairs: q.statements.flatMap((s) =>
			a.kinds[s.id] ? [[s.id, a.kinds[s.id]!] as [string, string]] : []
		)
	}),
	correct: (q) => ({ type: 'matching', pairs: q.statements.map((s) => [s.id, s.answer]) })
};
