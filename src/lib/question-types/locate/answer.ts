import * as v from 'valibot';
import { shortText } from '$lib/module/answer-fields';

export const locateAnswer = v.strictObject({ type: v.literal('locate'), choice: shortText(80) });
export type LocateAnswer = v.InferOutput<typeof locateAnswer>;
