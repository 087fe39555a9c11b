import type { QuestionKind, Shape, WithEvidence } from '../contract';
import type { OrderAnswer } from './answer';
import type { OrderFile } from './build';

export type OrderQuestion = WithEvidence<
	OrderFile & {
		/** Item ids in the order the student first sees them (never the right order). */
		shuffled: string[];
	}
>;
export type OrderShape = Shape<OrderFile, OrderQuestion, OrderAnswer>;

export const order: QuestionKind<OrderShape> = {
	type: 'order',
	isCorrect: (q, a) =>
		a.items.length === q.items.length && q.items.every((it, i) => a.items[i] === it.id),
	// Any order is an answer; the student starts from the shuffled one.
	isComplete: () => true,
	describeKey: (q) => q.items.map((it, i) => `${i + 1}. ${it.text}`),
	blankAnswer: (q) => ({ type: 'order', items: [...q.shuffled] })
};
