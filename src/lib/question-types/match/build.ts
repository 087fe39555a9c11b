import * as v from 'valibot';
import { id, text } from '$lib/module/fields';
import { stableShuffle } from '$lib/module/shuffle';
import type { QuestionBuild } from '../contract';
import { common } from '../shared/common';
import type { MatchShape } from './kind';

const schema = v.strictObject({
	...common,
	type: v.literal('match'),
	/** Each left item matches its own right item; the rights are offered to every left. */
	pairs: v.pipe(
		v.array(v.strictObject({ id, left: text(300), right: text(300) })),
		v.minLength(2),
		v.maxLength(6)
	),
	/** Extra wrong choices offered beside the rights. */
	distractors: v.optional(v.pipe(v.array(text(300)), v.maxLength(4)), [])
});
export type MatchFile = v.InferOutput<typeof schema>;

export const match = {
	minutes: 2,
	schema,
	check(q, { listedTwice }) {
		listedTwice(q.pairs, ['pairs'], 'pair id');
		listedTwice([...q.pairs.map((p) => p.right), ...q.distractors], ['distractors'], 'choice');
	},
	prepare(q, evidenceIds) {
		const choices = [
			...q.pairs.map((p) => ({ id: p.id, text: p.right })),
			...q.distractors.map((text, k) => ({ id: `distractor-${k + 1}`, text }))
		];
		return { ...q, evidenceIds, choices: stableShuffle(choices, q.id) };
	}
} satisfies QuestionBuild<MatchShape>;
