import type { QuestionInteraction } from '../contract';
import type { RelationShape } from './kind';

export const relationInteraction: QuestionInteraction<RelationShape> = {
	response: (q, a) => ({ type: 'choice', ids: [a.choice] }),
	correct: (q) => ({ type: 'choice', ids: [q.answer] })
};
