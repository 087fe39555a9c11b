import * as v from 'valibot';
import { text } from '$lib/module/fields';
import { truthValues } from '$lib/module/kinds';
import type { QuestionBuild } from '../contract';
import { common } from '../shared/common';
import type { TruthShape } from './kind';

const schema = v.strictObject({
	...common,
	type: v.literal('truth'),
	/** The statement to judge against the article. */
	statement: text(600),
	answer: v.picklist(truthValues),
	feedback: v.optional(
		v.strictObject({
			true: v.optional(text(600)),
			false: v.optional(text(600)),
			'not-stated': v.optional(text(600))
		})
	)
});
export type TruthFile = v.InferOutput<typeof schema>;

export const truth = {
	schema,
	// Its three values are the schema's: nothing in the key can contradict itself.
	check() {},
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds })
} satisfies QuestionBuild<TruthShape>;
