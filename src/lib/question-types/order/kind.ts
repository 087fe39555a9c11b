import type { QuestionKind, Shape, WithEvidence } from '../contract';
import { idRecord } from '$lib/module/id-record';
import type { OrderAnswer } from './answer';
import type { OrderFile } from './build';
import { quizText } from '$lib/messages/quiz';

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
	// Each item is right where the student put it or not; `given` is the place they put it in.
	partsOf: (q, a) =>
		idRecord(
			q.items.map((it, i) => {
				const at = a.items.indexOf(it.id);
				return [it.id, { right: at === i, given: String(at + 1), key: quizText.orderPlace(i + 1) }];
			})
		),
	blankAnswer: (q) => ({ type: 'order', items: [...q.shuffled] })
};
