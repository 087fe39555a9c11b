import * as v from 'valibot';
import { shortText } from '$lib/module/answer-fields';

export const relationAnswer = v.strictObject({
	type: v.literal('relation'),
	choice: shortText(80)
});
export type RelationAnswer = v.InferOutput<typeof relationAnswer>;
