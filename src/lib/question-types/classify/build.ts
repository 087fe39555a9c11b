import * as v from 'valibot';
import { id, text } from '$lib/module/fields';
import { statementKinds } from '$lib/module/kinds';
import type { QuestionBuild } from '../contract';
import { common } from '../shared/common';
import { mostOf } from '../shared/advice';
import type { ClassifyShape } from './kind';

const schema = v.strictObject({
	...common,
	type: v.literal('classify'),
	statements: v.pipe(
		v.array(
			v.strictObject({
				id,
				text: text(600),
				answer: v.picklist(statementKinds),
				feedback: v.optional(text(600))
			})
		),
		v.minLength(2),
		v.maxLength(6)
	)
});
export type ClassifyFile = v.InferOutput<typeof schema>;

export const classify = {
	minutes: 2,
	skill: 'source',
	schema,
	advise(questions, warn) {
		const all = questions.flatMap((q) => q.statements);
		const tagged = (t: string) => /\([^()]+\)\s*$/.test(t);
		const quoted = (t: string) => /["“”]/.test(t);
		const of = (kind: string) => all.filter((s) => s.answer === kind);
		// Punctuation that only one kind of statement carries sorts them without reading.
		const signs = [
			{ sign: tagged, what: 'end with a speaker in brackets', kind: 'claim' },
			{ sign: quoted, what: 'use quotation marks', kind: 'opinion' },
			{ sign: quoted, what: 'use quotation marks', kind: 'claim' }
		];
		for (const { sign, what, kind } of signs) {
			const share = mostOf(of(kind).filter((s) => sign(s.text)).length, of(kind).length);
			const facts = of('fact').filter((s) => sign(s.text)).length;
			if (share && facts === 0)
				warn(
					null,
					`${share} ${kind} statements ${what} and no fact does: punctuation gives the answer away; vary the forms`
				);
		}
	},
	check(q, { listedTwice }) {
		listedTwice(q.statements, ['statements'], 'statement id');
	},
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds })
} satisfies QuestionBuild<ClassifyShape>;
