import * as v from 'valibot';

/** Field schemas for what a file may hold (results and progress files), and for answers in them. */
export const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(80));
export const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const answerIds = v.pipe(v.array(idSchema), v.maxLength(50));
export const answerRecord = <T extends v.GenericSchema>(value: T) =>
	v.pipe(
		v.record(idSchema, value),
		v.check((r) => Object.keys(r).length <= 50, 'too many entries')
	);
