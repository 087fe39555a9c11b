import * as v from 'valibot';

/** The shapes of what a file may hold, checked field by field: results files and progress files. */
export { daySchema, idSchema, instantSchema, shortText, timeSchema } from './answer-fields';
/** One answer as given, of any question type. */
export { AnswerSchema } from '$lib/question-types/answers';
export const roundSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));

const HOSTILE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON, noting any key that could reach an object's prototype. The keys are walked with
 * a list, not a reviver: a reviver recurses, and a file nested a few thousand deep (valid JSON)
 * overflowed the stack and was called "not JSON".
 */
export function parseUntrusted(text: string): { data: unknown; hostileKey: boolean } {
	const data: unknown = JSON.parse(text);
	const todo: unknown[] = [data];
	while (todo.length) {
		const value = todo.pop();
		if (typeof value !== 'object' || value === null) continue;
		if (Array.isArray(value)) {
			for (const item of value) todo.push(item);
			continue;
		}
		for (const key of Object.keys(value)) {
			if (HOSTILE.has(key)) return { data, hostileKey: true };
			todo.push((value as Record<string, unknown>)[key]);
		}
	}
	return { data, hostileKey: false };
}
