import * as v from 'valibot';
import { statementKinds, truthValues } from './kinds';

/** The shapes of what a file may hold, checked field by field: results files and progress files. */
export const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(80));
export const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const roundSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));

const ids = v.pipe(v.array(idSchema), v.maxLength(50));
const record = <T extends v.GenericSchema>(value: T) =>
	v.pipe(
		v.record(idSchema, value),
		v.check((r) => Object.keys(r).length <= 50, 'too many entries')
	);

/** One answer as given, of any question type. */
export const AnswerSchema = v.variant('type', [
	v.strictObject({ type: v.literal('single'), choice: shortText(80) }),
	v.strictObject({ type: v.literal('multiple'), choices: ids }),
	v.strictObject({ type: v.literal('truth'), value: v.picklist(truthValues) }),
	v.strictObject({ type: v.literal('match'), pairs: record(shortText(80)) }),
	v.strictObject({ type: v.literal('order'), items: ids }),
	v.strictObject({ type: v.literal('fill'), text: shortText(200) }),
	v.strictObject({ type: v.literal('classify'), kinds: record(v.picklist(statementKinds)) }),
	v.strictObject({ type: v.literal('locate'), choice: shortText(80) }),
	v.strictObject({ type: v.literal('speaker'), choice: shortText(80) }),
	v.strictObject({ type: v.literal('relation'), choice: shortText(80) })
]);

/** Parses JSON, noting any key that could reach an object's prototype. */
export function parseUntrusted(text: string): { data: unknown; hostileKey: boolean } {
	let hostileKey = false;
	const data: unknown = JSON.parse(text, (key, value: unknown) => {
		if (key === '__proto__' || key === 'constructor' || key === 'prototype') hostileKey = true;
		return value;
	});
	return { data, hostileKey };
}
