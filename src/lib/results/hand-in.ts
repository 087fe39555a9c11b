import type { Assignment } from '$lib/assign/link';
import { standings } from '$lib/assign/standing';
import { inScope, type Attempt } from '$lib/module/progress';
import { RESULTS_VERSION, sealResults, type ResultsFile } from './file';

export interface HandInInput {
	code: string;
	assignment: Assignment;
	module: { id: string; version: string };
	/** The assignment's sections, with their questions. */
	sections: { id: string; questionIds: string[] }[];
	student: string;
	/** The id this device made for the student when they joined. */
	studentId: string;
	/** Every attempt the student made in the module (only this assignment's are handed in). */
	attempts: readonly Attempt[];
	/** Sections handed in under this assignment (deferred mode). */
	closed: readonly { sectionId: string; round: number; at: number }[];
	now: Date;
}

/**
 * Builds a results file from what the student did under this assignment, in its sections:
 * every attempt of every round, so the teacher sees all of it; the totals are the latest
 * rounds', for the student's summary (the teacher grades again from the answers).
 */
export async function handIn(input: HandInInput): Promise<ResultsFile> {
	const wanted = new Set(input.sections.map((s) => s.id));
	const attempts = input.attempts
		.filter(
			(a) => a.moduleId === input.module.id && wanted.has(a.sectionId) && inScope(a, input.code)
		)
		.sort((a, b) => a.at - b.at);
	const closed = input.closed
		.filter((c) => wanted.has(c.sectionId))
		.map((c) => ({ sectionId: c.sectionId, round: c.round, at: Math.round(c.at) }))
		.sort((x, y) => x.at - y.at);
	const a = input.assignment;
	const standing = standings(a, input.sections, { attempts, closed });
	const score = {
		points: standing.reduce((t, s) => t + s.score.points, 0),
		max: standing.reduce((t, s) => t + s.score.max, 0),
		// Questions with an answer: a blank in a section handed in is done (it scores 0), not answered.
		answered: standing.reduce((t, s) => t + s.answered, 0)
	};
	return sealResults({
		format: 'lectern-results',
		version: RESULTS_VERSION,
		module: input.module,
		assignment: {
			code: input.code,
			title: a.title,
			className: a.className,
			sections: a.sections,
			mode: a.mode,
			due: a.due,
			passMark: a.passMark,
			locked: a.locked
		},
		student: input.student,
		studentId: input.studentId,
		handedInAt: input.now.toISOString(),
		attempts: attempts.map((t) => ({
			questionId: t.questionId,
			sectionId: t.sectionId,
			answer: t.answer,
			try: t.try,
			at: Math.round(t.at),
			round: t.round ?? 1
		})),
		closed,
		totals: score
	});
}

/** A file name that says whose results these are, safe on every system. */
export function resultsFileName(title: string, student: string, now: Date): string {
	const slug = (s: string) =>
		s
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.toLowerCase()
			.slice(0, 40) || 'x';
	return `lectern-results-${slug(title)}-${slug(student)}-${now.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
}
