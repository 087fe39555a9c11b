import type { QuestionInteraction } from '../contract';
import type { TruthShape } from './kind';

// Three answers, not two: SCORM's true-false has no "not stated", so it is a choice.
export const truthInteraction: QuestionInteraction<TruthShape> = {
	response: (q, a) => ({ type: 'choice', ids: [a.value] }),
	correct: (q) => ({ type: 'choice', ids: [q.answer] })
};
