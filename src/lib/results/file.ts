import * as v from 'valibot';
import { feedbackModes, MAX_CODE, type KnownModules } from '$lib/assign/link';
import { canonical } from '$lib/module/canonical';
import { sha256 } from '$lib/module/sha256';
import {
	AnswerSchema,
	daySchema,
	idSchema,
	instantSchema,
	parseUntrusted,
	roundSchema,
	shortText,
	timeSchema
} from '$lib/module/answer-schema';
import { assignmentOfFile } from './link-check';
import { cleanName } from '$lib/module/clean-name';

/**
 * A results file: what a student hands in. Versioned; every field is checked on import, and
 * the checksum catches a file damaged or edited by hand (it cannot stop a determined forger:
 * without a server there is no secret to sign with).
 */
export const RESULTS_VERSION = 3;
/**
 * Version 2 added each attempt's round, the sections handed in (deferred mode) and the pass
 * mark; a version 1 file (immediate mode only) still reads, as round 1 throughout. Version 3
 * adds the student's id, so that two students with one name are never taken for one.
 */
const READABLE_VERSIONS = [1, 2, 3] as const;
/** Larger files are refused unread: a class's real files are a few tens of KB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const id = idSchema;
const short = shortText;
const round = roundSchema;

const ResultsFields = v.strictObject({
	format: v.literal('lectern-results'),
	version: v.picklist(READABLE_VERSIONS),
	module: v.strictObject({ id, version: short(40) }),
	assignment: v.strictObject({
		code: short(MAX_CODE),
		title: short(120),
		className: short(80),
		sections: v.pipe(v.array(id), v.minLength(1), v.maxLength(50)),
		mode: v.picklist(feedbackModes),
		due: v.nullable(daySchema),
		passMark: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
		locked: v.optional(v.boolean())
	}),
	student: v.pipe(
		short(60),
		v.check((s) => cleanName(s) !== '', 'a blank name')
	),
	studentId: v.optional(short(80)),
	handedInAt: instantSchema,
	attempts: v.pipe(
		v.array(
			v.strictObject({
				questionId: id,
				sectionId: id,
				answer: AnswerSchema,
				try: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
				at: timeSchema,
				round: v.optional(round)
			})
		),
		v.maxLength(20_000)
	),
	closed: v.optional(
		v.pipe(v.array(v.strictObject({ sectionId: id, round, at: timeSchema })), v.maxLength(5_000))
	),
	totals: v.strictObject({
		points: v.pipe(v.number(), v.minValue(0)),
		max: v.pipe(v.number(), v.minValue(0)),
		answered: v.pipe(v.number(), v.integer(), v.minValue(0))
	})
});

/** What the fields cannot say alone: each version holds only its own fields, and stays inside its assignment. */
const ResultsBody = v.pipe(
	ResultsFields,
	v.check(
		(b) =>
			b.version !== 1 ||
			(b.closed === undefined &&
				b.assignment.passMark === undefined &&
				b.assignment.locked === undefined &&
				b.attempts.every((a) => a.round === undefined)),
		'a version 1 file cannot hold rounds, hand-ins or a pass mark'
	),
	v.check(
		(b) => (b.version === 3) === (b.studentId !== undefined),
		'a student id belongs in a version 3 file, and only there'
	),
	v.check(
		(b) =>
			b.attempts.every((a) => b.assignment.sections.includes(a.sectionId)) &&
			(b.closed ?? []).every((c) => b.assignment.sections.includes(c.sectionId)),
		'an answer or a hand-in for a section outside the assignment'
	),
	v.check(
		(b) =>
			new Set((b.closed ?? []).map((c) => `${c.sectionId}/${c.round}`)).size ===
			(b.closed ?? []).length,
		'a section handed in twice in the same round'
	)
);

export type ResultsBody = v.InferOutput<typeof ResultsBody>;
export type ResultsFile = ResultsBody & { checksum: string };

export async function sealResults(body: ResultsBody): Promise<ResultsFile> {
	return { ...body, checksum: `sha256:${await sha256(canonical(body))}` };
}

export type FileProblem =
	| 'too-big'
	| 'not-json'
	| 'not-results'
	| 'newer'
	| 'invalid'
	| 'checksum'
	| 'unknown-module'
	| 'not-its-link';

export class ResultsFileError extends Error {
	constructor(
		readonly file: string,
		readonly problem: FileProblem,
		readonly detail = ''
	) {
		super(`${file}: ${problem}${detail ? ` (${detail})` : ''}`);
		this.name = 'ResultsFileError';
	}
}

/**
 * Reads one handed-in file. Throws ResultsFileError naming the file and the reason; returns
 * nothing it has not checked field by field.
 */
export async function readResults(
	name: string,
	text: string,
	/** The modules this site has, with their section ids: the file's link is read against them. */
	knownModules: KnownModules
): Promise<ResultsFile> {
	if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
		throw new ResultsFileError(name, 'too-big');
	}
	let data: unknown;
	let hostileKey: boolean;
	try {
		// A key that could reach an object's prototype has no business in a results file.
		({ data, hostileKey } = parseUntrusted(text));
	} catch {
		throw new ResultsFileError(name, 'not-json');
	}
	if (hostileKey) throw new ResultsFileError(name, 'invalid', 'a key named __proto__');
	return checkResults(name, data, knownModules);
}

/**
 * Checks a results file already parsed (from a file, or from a dashboard backup holding it),
 * field by field and against its checksum. Throws ResultsFileError as `readResults` does.
 */
export async function checkResults(
	name: string,
	data: unknown,
	/** The modules this site has, with their section ids: the file's link is read against them. */
	knownModules: KnownModules
): Promise<ResultsFile> {
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new ResultsFileError(name, 'not-results');
	}
	const head = data as Record<string, unknown>;
	if (head.format !== 'lectern-results') throw new ResultsFileError(name, 'not-results');
	if (typeof head.version === 'number' && head.version > RESULTS_VERSION) {
		throw new ResultsFileError(name, 'newer');
	}
	const { checksum, ...rest } = head;
	const parsed = v.safeParse(ResultsBody, rest);
	if (!parsed.success || typeof checksum !== 'string') {
		const issue = parsed.issues?.[0];
		const where = issue?.path?.map((p) => String(p.key)).join('.');
		throw new ResultsFileError(name, 'invalid', where && issue ? `${where}: ${issue.message}` : '');
	}
	const body = parsed.output;
	if (checksum !== `sha256:${await sha256(canonical(body))}`) {
		throw new ResultsFileError(name, 'checksum');
	}
	if (!knownModules.has(body.module.id)) {
		throw new ResultsFileError(name, 'unknown-module', body.module.id);
	}
	if (!assignmentOfFile(body, knownModules)) throw new ResultsFileError(name, 'not-its-link');
	return { ...body, checksum };
}
