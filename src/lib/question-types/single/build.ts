import * as v from 'valibot';
import { id } from '$lib/module/fields';
import { stableShuffle } from '$lib/module/shuffle';
import type { QuestionBuild } from '../contract';
import { common, options } from '../shared/common';
import type { SingleShape } from './kind';

const schema = v.strictObject({ ...common, type: v.literal('single'), options, answer: id });
export type SingleFile = v.InferOutput<typeof schema>;

export const single = {
	schema,
	check(q, { at, listedTwice }) {
		listedTwice(q.options, ['options'], 'option id');
		if (!q.options.some((o) => o.id === q.answer)) at(['answer'], `no option "${q.answer}"`);
	},
	// Authors tend to write the right option first; students should not learn that.
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds, options: stableShuffle(q.options, q.id) })
} satisfies QuestionBuild<SingleShape>;
