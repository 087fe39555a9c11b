import * as v from 'valibot';
import { text } from '$lib/module/fields';
import type { QuestionBuild } from '../contract';
import { common } from '../shared/common';
import type { FillShape } from './kind';

const schema = v.strictObject({
	...common,
	type: v.literal('fill'),
	/** The sentence with one blank, written as three underscores: ___ */
	prompt: v.pipe(text(600), v.includes('___', 'must contain the blank, written ___')),
	/** Accepted answers; case, accents and extra spaces are ignored. */
	accept: v.pipe(v.array(text(80)), v.minLength(1), v.maxLength(10))
});
export type FillFile = v.InferOutput<typeof schema>;

export const fill = {
	schema,
	check(q, { at }) {
		// One run of underscores, of three: "____" would show the student a stray underscore.
		const runs = q.prompt.match(/_+/g) ?? [];
		if (runs.length !== 1 || runs[0] !== '___')
			at(['prompt'], 'must contain exactly one blank, written ___ (three underscores)');
	},
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds })
} satisfies QuestionBuild<FillShape>;
