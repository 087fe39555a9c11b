import * as v from 'valibot';
import { id, text } from '$lib/module/fields';
import { stableShuffle } from '$lib/module/shuffle';
import type { QuestionBuild } from '../contract';
import { common } from '../shared/common';
import type { OrderShape } from './kind';

const schema = v.strictObject({
	...common,
	type: v.literal('order'),
	/** Listed in the correct order; students see them shuffled. */
	items: v.pipe(v.array(v.strictObject({ id, text: text(300) })), v.minLength(3), v.maxLength(7))
});
export type OrderFile = v.InferOutput<typeof schema>;

export const order = {
	minutes: 2,
	skill: 'sequence',
	schema,
	check(q, { listedTwice }) {
		listedTwice(q.items, ['items'], 'item id');
	},
	prepare: (q, evidenceIds) => ({
		...q,
		evidenceIds,
		shuffled: stableShuffle(
			q.items.map((it) => it.id),
			q.id
		)
	})
} satisfies QuestionBuild<OrderShape>;
