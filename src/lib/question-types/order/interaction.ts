import type { QuestionInteraction } from '../contract';
import type { OrderShape } from './kind';

export const orderInteraction: QuestionInteraction<OrderShape> = {
	response: (q, a) => ({ type: 'sequencing', ids: a.items }),
	correct: (q) => ({ type: 'sequencing', ids: q.items.map((it) => it.id) })
};
