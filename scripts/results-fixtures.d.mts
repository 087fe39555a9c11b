// Types for results-fixtures.mjs, which the e2e tests import too.
export interface RawQuestion {
	id: string;
	section: string;
	type: string;
	[field: string]: unknown;
}
export interface BenchModule {
	id: string;
	questions: RawQuestion[];
	sections: string[];
}
export function loadModule(): BenchModule;
export function sectionsWith(mod: BenchModule, count: number): string[];
/** A right or a wrong answer of the shape the question takes. */
export function answerTo(q: object, right: boolean): { type: string };
export function classFiles(
	mod: BenchModule,
	sections: string[],
	students: number,
	options?: { code?: string; names?: readonly string[] }
): { name: string; text: string }[];
/** The short keys of an assignment link's payload (src/lib/assign/link.ts). */
export interface LinkPayload {
	m: string;
	s: string[];
	f: 'immediate' | 'deferred' | 'practice';
	p: number;
	d: string | null;
	l: boolean;
	t: string;
	c: string;
	r?: string[];
	k?: string;
}
export function linkCode(payload: LinkPayload): string;
export function linkPayload(code: string): LinkPayload;
