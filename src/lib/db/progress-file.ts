import * as v from 'valibot';
import { feedbackModes } from '$lib/module/rules';
import { MAX_CODE } from '$lib/assign/link';
import { cleanName } from '$lib/module/clean-name';
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
import type { ClosedSection, JoinedAssignment, StoredAttempt } from './entities';

/**
 * A progress file, as "Download my progress" makes it, read back to restore. Version 1 held
 * the attempts only; version 2 adds the sections handed in and the assignments joined; version
 * 3 writes each assignment's code once, in `codes`, and the rows name it by its place there.
 */
export const PROGRESS_VERSION = 3;
/**
 * A student's whole history is well under 1 MB; much more is not a progress file. The most
 * rows a file may hold (200,000 answers) fit, as the download writes them.
 */
export const MAX_PROGRESS_BYTES = 64 * 1024 * 1024;

const time = timeSchema;
/** Version 3: an assignment named by its place in the file's codes. */
const place = v.pipe(v.number(), v.integer(), v.minValue(0));

const AttemptRow = v.strictObject({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
	moduleId: idSchema,
	sectionId: idSchema,
	questionId: idSchema,
	answer: AnswerSchema,
	correct: v.boolean(),
	try: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
	at: time,
	assignment: v.optional(v.union([shortText(MAX_CODE), place])),
	round: v.optional(roundSchema)
});

const ClosedRow = v.strictObject({
	assignment: v.union([shortText(MAX_CODE), place]),
	moduleId: idSchema,
	sectionId: idSchema,
	round: roundSchema,
	at: time
});

const AssignmentRow = v.strictObject({
	code: shortText(MAX_CODE),
	assignment: v.strictObject({
		module: idSchema,
		sections: v.pipe(v.array(idSchema), v.maxLength(50)),
		mode: v.picklist(feedbackModes),
		passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
		due: v.nullable(daySchema),
		locked: v.boolean(),
		title: shortText(120),
		className: shortText(80),
		roster: v.optional(v.pipe(v.array(shortText(60)), v.maxLength(60)))
	}),
	name: v.pipe(
		shortText(60),
		v.check((s) => cleanName(s) !== '', 'a blank name')
	),
	studentId: v.optional(shortText(80)),
	joinedAt: time,
	handedInAt: v.optional(time)
});

const ProgressFields = v.strictObject({
	format: v.literal('lectern-progress'),
	version: v.picklist([1, 2, 3]),
	exportedAt: instantSchema,
	codes: v.optional(v.pipe(v.array(shortText(MAX_CODE)), v.maxLength(5_000))),
	attempts: v.pipe(v.array(AttemptRow), v.maxLength(200_000)),
	closedSections: v.optional(v.pipe(v.array(ClosedRow), v.maxLength(20_000))),
	assignments: v.optional(v.pipe(v.array(AssignmentRow), v.maxLength(5_000)))
});

/** Codes by place in version 3 (each place one of its codes), written out before it. */
const ProgressFile = v.pipe(
	ProgressFields,
	v.check((f) => {
		const rows = [...f.attempts, ...(f.closedSections ?? [])];
		if (f.version < 3)
			return f.codes === undefined && rows.every((r) => typeof r.assignment !== 'number');
		const codes = f.codes ?? [];
		return rows.every(
			(r) =>
				r.assignment === undefined ||
				(typeof r.assignment === 'number' && r.assignment < codes.length)
		);
	}, 'assignments named the way another version names them')
);

export interface ProgressRows {
	attempts: StoredAttempt[];
	closedSections: ClosedSection[];
	assignments: JoinedAssignment[];
}

export type ProgressFileProblem = 'too-big' | 'not-json' | 'not-progress' | 'newer' | 'invalid';

export class ProgressFileError extends Error {
	constructor(readonly problem: ProgressFileProblem) {
		super(problem);
		this.name = 'ProgressFileError';
	}
}

/** Reads a progress file; throws ProgressFileError saying what is wrong. Checks every field. */
export function readProgressFile(text: string): ProgressRows {
	if (new TextEncoder().encode(text).length > MAX_PROGRESS_BYTES) {
		throw new ProgressFileError('too-big');
	}
	let parsed: { data: unknown; hostileKey: boolean };
	try {
		parsed = parseUntrusted(text);
	} catch {
		throw new ProgressFileError('not-json');
	}
	const head = parsed.data as Record<string, unknown> | null;
	if (!head || typeof head !== 'object' || head.format !== 'lectern-progress') {
		throw new ProgressFileError('not-progress');
	}
	if (typeof head.version === 'number' && head.version > PROGRESS_VERSION) {
		throw new ProgressFileError('newer');
	}
	const result = v.safeParse(ProgressFile, head);
	if (parsed.hostileKey || !result.success) throw new ProgressFileError('invalid');
	const file = result.output;
	const codes = file.codes ?? [];
	const codeOf = (a: string | number) => (typeof a === 'number' ? codes[a]! : a);
	return {
		attempts: file.attempts.map(({ assignment, ...a }) =>
			assignment === undefined ? a : { ...a, assignment: codeOf(assignment) }
		),
		closedSections: (file.closedSections ?? []).map((c) => ({
			...c,
			assignment: codeOf(c.assignment)
		})),
		assignments: file.assignments ?? []
	};
}
