import * as v from 'valibot';
import { answerRecord } from '$lib/module/answer-fields';
import { statementKinds } from '$lib/module/kinds';

export const classifyAnswer = v.strictObject({
	type: v.literal('classify'),
	kinds: answerRecord(v.picklist(statementKinds))
});
export type ClassifyAnswer = v.InferOutput<typeof classifyAnswer>;
