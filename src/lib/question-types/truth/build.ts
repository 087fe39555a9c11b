import * as v from 'valibot';
import { text } from '$lib/module/fields';
import { truthValues } from '$lib/module/kinds';
import type { QuestionBuild } from '../contract';
import { mostOf } from '../shared/advice';
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
	advise(questions, warn) {
		for (const value of truthValues) {
			const share = mostOf(questions.filter((q) => q.answer === value).length, questions.length);
			if (share)
				warn(
					null,
					`${share} true/false/not-stated statements are "${value}": balance the three answers`
				);
		}
		// Statements about what the article itself does ("The article confirms…", "…states as
		// confirmed…", "…quotes…") that always have the same answer teach the form, not the text.
		const about = questions.filter((q) =>
			/^The article (confirms|states|quotes|gives)\b/.test(q.statement)
		);
		const [firstAnswer] = about.map((q) => q.answer);
		if (about.length >= 3 && about.every((q) => q.answer === firstAnswer))
			warn(
				null,
				`all ${about.length} statements that say the article confirms, states or quotes something are "${firstAnswer}": vary the answer or the wording`
			);
	},
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds })
} satisfies QuestionBuild<TruthShape>;
