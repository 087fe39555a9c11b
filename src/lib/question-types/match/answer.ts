import * as v from 'valibot';
import { answerRecord, shortText } from '$lib/module/answer-fields';

export const matchAnswer = v.strictObject({
	type: v.literal('match'),
	pairs: answerRecord(shortText(80))
});
export type MatchAnswer = v.InferOutput<typeof matchAnswer>;
