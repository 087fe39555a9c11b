import * as v from 'valibot';
import { ids } from '$lib/module/fields';
import { stableShuffle } from '$lib/module/shuffle';
import type { QuestionBuild } from '../contract';
import { mostOf, standsOut } from '../shared/advice';
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
	advise(questions, warn) {
		let longestRight = 0;
		questions.forEach((q, i) => {
			const byLength = [...q.options].sort((a, b) => b.text.length - a.text.length);
			const right = (o: { id: string }) => q.answer.includes(o.id);
			if (right(byLength[0]!)) longestRight++;
			const rights = q.options.filter(right).map((o) => o.text);
			const wrongs = q.options.filter((o) => !right(o)).map((o) => o.text);
			if (rights.every((r) => standsOut(r, wrongs)))
				warn(
					i,
					'every right option is much longer than the wrong ones: write wrong options as long, from the text'
				);
		});
		const share = mostOf(longestRight, questions.length);
		if (share)
			warn(null, `in ${share} several-answer questions the longest option is a right one: vary it`);
	},
	// Authors tend to write the right options first; students should not learn that.
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds, options: stableShuffle(q.options, q.id) })
} satisfies QuestionBuild<MultipleShape>;
