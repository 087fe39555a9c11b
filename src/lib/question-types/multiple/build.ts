import * as v from 'valibot';
import { ids } from '$lib/module/fields';
import { stableShuffle } from '$lib/module/shuffle';
import type { QuestionBuild } from '../contract';
import { common, options } from '../shared/common';
import type { MultipleShape } from './kind';

const schema = v.strictObject({
	...common,
	type: v.literal('multiple'),
	options,
	answer: v.pipe(ids, v.minLength(1))
});
export type MultipleFile = v.InferOutput<typeof schema>;

export const multiple = {
	minutes: 1.5,
	schema,
	check(q, { at, listedTwice }) {
		const ids = new Set(q.options.map((o) => o.id));
		listedTwice(q.options, ['options'], 'option id');
		listedTwice(q.answer, ['answer'], 'answer');
		q.answer.forEach((k, i) => {
			if (!ids.has(k)) at(['answer', i], `no option "${k}"`);
		});
		if (q.answer.length === ids.size) {
			at(['answer'], 'every option is right: leave at least one wrong option');
		}
	},
	// Authors tend to write the right options first; students should not learn that.
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds, options: stableShuffle(q.options, q.id) })
} satisfies QuestionBuild<MultipleShape>;
