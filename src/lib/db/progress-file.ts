import * as v from 'valibot';
import { feedbackModes } from '$lib/module/rules';
import {
	AnswerSchema,
	idSchema,
	parseUntrusted,
	roundSchema,
	shortText
} from '$lib/module/answer-schema';
import type { ClosedSection, JoinedAssignment, StoredAttempt } from './entities';

/**
 * A progress file, as "Download my progress" makes it, read back to restore. Version 1 held
 * the attempts only; version 2 adds the sections handed in and the assignments joined.
 */
export const PROGRESS_VERSION = 2;
/** A student's whole history is well under 1 MB; much more is not a progress file. */
export const MAX_PROGRESS_BYTES = 20 * 1024 * 1024;

const time = v.pipe(v.number(), v.minValue(0));

const AttemptRow = v.strictObject({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
	moduleId: idSchema,
	sectionId: idSchema,
	questionId: idSchema,
	answer: AnswerSchema,
	correct: v.boolean(),
	try: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
	at: time,
	assignment: v.optional(shortText(2000)),
	round: v.optional(roundSchema)
});

const ClosedRow = v.strictObject({
	assignment: shortText(2000),
	moduleId: idSchema,
	sectionId: idSchema,
	round: roundSchema,
	at: time
});

const AssignmentRow = v.strictObject({
	code: shortText(2000),
	assignment: v.strictObject({
		module: idSchema,
		sections: v.pipe(v.array(idSchema), v.maxLength(50)),
		mode: v.picklist(feedbackModes),
		passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
		due: v.nullable(v.pipe(v.string(), v.isoDate())),
		locked: v.boolean(),
		title: shortText(120),
		className: shortText(80),
		roster: v.optional(v.pipe(v.array(shortText(60)), v.maxLength(60)))
	}),
	name: shortText(60),
	studentId: v.optional(shortText(80)),
	joinedAt: time,
	handedInAt: v.optional(time)
});

const ProgressFile = v.strictObject({
	format: v.literal('lectern-progress'),
	version: v.picklist([1, 2]),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	attempts: v.pipe(v.array(AttemptRow), v.maxLength(200_000)),
	closedSections: v.optional(v.pipe(v.array(ClosedRow), v.maxLength(20_000))),
	assignments: v.optional(v.pipe(v.array(AssignmentRow), v.maxLength(5_000)))
});

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
	return {
		attempts: file.attempts,
		closedSections: file.closedSections ?? [],
		assignments: file.assignments ?? []
	};
}
