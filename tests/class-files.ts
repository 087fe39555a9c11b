import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { answerTo, linkCode } from '../scripts/results-fixtures.mjs';
import type { Answer } from '../src/lib/module/types';
import { sealResults, type ResultsFile } from '../src/lib/results/file';
import { MODULE_ID, questionsOf } from './module-data';

/**
 * A results file as a student's device makes it, written in Node for the dashboard's tests:
 * the questions of `sections` answered in order, the first `right` of them right at the first
 * try and the rest wrong twice. The app checks the seal on import, as for any file.
 */
export async function studentFile(
	dir: string,
	student: string,
	right: number,
	assignment: Partial<ResultsFile['assignment']> & { sections: string[] }
): Promise<string> {
	const asked = assignment.sections.flatMap(questionsOf);
	let at = Date.parse('2026-11-20T09:00:00Z');
	const attempts = asked.flatMap((q, i) =>
		(i < right ? [true] : [false, false]).map((ok, t) => ({
			questionId: q.id,
			sectionId: q.section,
			answer: answerTo(q, ok) as Answer,
			try: t + 1,
			at: (at += 30_000),
			round: 1
		}))
	);
	const rules = {
		title: 'Week 1',
		className: '10B',
		mode: 'immediate' as const,
		due: null,
		passMark: 0,
		locked: false,
		...assignment
	};
	// The link the teacher made: the file repeats the rules its code holds.
	const code =
		assignment.code ??
		linkCode({
			m: MODULE_ID,
			s: rules.sections,
			f: rules.mode,
			p: rules.passMark,
			d: rules.due,
			l: rules.locked,
			t: rules.title,
			c: rules.className
		});
	const file = await sealResults({
		format: 'lectern-results',
		version: 3,
		module: { id: MODULE_ID, version: 'test' },
		assignment: { ...rules, code },
		student,
		studentId: `id-${student.toLowerCase().replace(/\W/g, '')}`,
		handedInAt: new Date(at + 60_000).toISOString(),
		attempts,
		closed: [],
		totals: { points: right, max: asked.length, answered: asked.length }
	});
	await mkdir(dir, { recursive: true });
	const path = join(dir, `${student}.json`);
	await writeFile(path, JSON.stringify(file));
	return path;
}
