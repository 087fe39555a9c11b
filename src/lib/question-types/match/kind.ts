import type { QuestionKind, Shape, WithEvidence } from '../contract';
import { idRecord } from '$lib/module/id-record';
import type { MatchAnswer } from './answer';
import type { MatchFile } from './build';

export type MatchQuestion = WithEvidence<
	MatchFile & {
		/** Every choice offered for each left item: the rights and the distractors, mixed. */
		choices: { id: string; text: string }[];
	}
>;
export type MatchShape = Shape<MatchFile, MatchQuestion, MatchAnswer>;

export const match: QuestionKind<MatchShape> = {
	type: 'match',
	isCorrect: (q, a) =>
		Object.keys(a.pairs).length === q.pairs.length && q.pairs.every((p) => a.pairs[p.id] === p.id),
	isComplete: (q, a) => q.pairs.every((p) => !!a.pairs[p.id]),
	describeKey: (q) => q.pairs.map((p) => `${p.left} → ${p.right}`),
	partsOf: (q, a) =>
		idRecord(
			q.pairs.map((p) => [
				p.id,
				{ right: a.pairs[p.id] === p.id, given: a.pairs[p.id] ?? '', key: p.right }
			])
		)
};
