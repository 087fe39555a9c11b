import * as v from 'valibot';
import { id, text } from '$lib/module/fields';
import { statementKinds } from '$lib/module/kinds';
import type { QuestionBuild } from '../contract';
import { common } from '../shared/common';
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
	check(q, { listedTwice }) {
		listedTwice(q.statements, ['statements'], 'statement id');
	},
	prepare: (q, evidenceIds) => ({ ...q, evidenceIds })
} satisfies QuestionBuild<ClassifyShape>;
