import type { Assignment } from '$lib/assign/link';
import { recordsFrom, scoreOf, type Attempt } from '$lib/module/progress';
import { RESULTS_VERSION, sealResults, type ResultsFile } from './file';

export interface HandInInput {
	code: string;
	assignment: Assignment;
	module: { id: string; version: string };
	/** The assignment's sections, with their questions. */
	sections: { id: string; questionIds: string[] }[];
	student: string;
	/** Every attempt the student made in the module. */
	attempts: readonly Attempt[];
	now: Date;
}

/** Builds a results file from what the student did in the assignment's sections. */
export async function handIn(input: HandInInput): Promise<ResultsFile> {
	const wanted = new Set(input.sections.map((s) => s.id));
	const attempts = input.attempts
		.filter((a) => a.moduleId === input.module.id && wanted.has(a.sectionId))
		.sort((a, b) => a.at - b.at);
	const records = recordsFrom(attempts);
	const ids = input.sections.flatMap((s) => s.questionIds);
	const score = scoreOf(ids, records);
	const a = input.assignment;
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
			due: a.due
		},
		student: input.student,
		handedInAt: input.now.toISOString(),
		attempts: attempts.map((t) => ({
			questionId: t.questionId,
			sectionId: t.sectionId,
			answer: t.answer,
			try: t.try,
			at: Math.round(t.at)
		})),
		totals: { points: score.points, max: score.max, answered: score.done }
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
