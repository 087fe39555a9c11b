import * as v from 'valibot';
import { truthValues } from '$lib/module/kinds';

export const truthAnswer = v.strictObject({
	type: v.literal('truth'),
	value: v.picklist(truthValues)
});
export type TruthAnswer = v.InferOutput<typeof truthAnswer>;
