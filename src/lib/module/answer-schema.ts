import * as v from 'valibot';

/** The shapes of what a file may hold, checked field by field: results files and progress files. */
export { idSchema, shortText } from './answer-fields';
/** One answer as given, of any question type. */
export { AnswerSchema } from '$lib/question-types/answers';
export const roundSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));

/** Parses JSON, noting any key that could reach an object's prototype. */
export function parseUntrusted(text: string): { data: unknown; hostileKey: boolean } {
	let hostileKey = false;
	const data: unknown = JSON.parse(text, (key, value: unknown) => {
		if (key === '__proto__' || key === 'constructor' || key === 'prototype') hostileKey = true;
		return value;
	});
	return { data, hostileKey };
}
