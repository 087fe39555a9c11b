import * as v from 'valibot';
import { id } from '$lib/module/fields';
import { stableShuffle } from '$lib/module/shuffle';
import type { QuestionBuild } from '../contract';
import { isLongest, mostOf, standsOut } from '../shared/advice';
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
	advise(questions, warn) {
		let longest = 0;
		questions.forEach((q, i) => {
			const key = q.options.find((o) => o.id === q.answer)?.text ?? '';
			const others = q.options.filter((o) => o.id !== q.answer).map((o) => o.text);
			if (isLongest(key, others)) longest++;
			if (standsOut(key, others))
				warn(
					i,
					'the right option is much longer than the others: write wrong options as long, from the text'
				);
		});
		const share = mostOf(longest, questions.length);
		if (share)
			warn(
				null,
				`in ${share} one-answer questions the right option is the longest: vary which is longest`
			);
	},
	// Authors tend to write the right option first; students should not learn that.
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds, options: stableShuffle(q.options, q.id) })
} satisfies QuestionBuild<SingleShape>;
