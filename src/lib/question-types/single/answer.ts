import * as v from 'valibot';
import { shortText } from '$lib/module/answer-fields';

export const singleAnswer = v.strictObject({ type: v.literal('single'), choice: shortText(80) });
export type SingleAnswer = v.InferOutput<typeof singleAnswer>;
