import { decodeAssignment, type Assignment, type KnownModules } from '$lib/assign/link';
import type { ResultsBody } from './file';

/**
 * A results file repeats its assignment's rules beside the link's code they came from. The
 * code is the assignment: a file whose rules differ from it (edited, or forged to change a
 * class's title, due date or pass mark) or whose code is no link for its module is not taken.
 * Returns the assignment the code holds, or null.
 */
export function assignmentOfFile(body: ResultsBody, modules: KnownModules): Assignment | null {
	let a: Assignment;
	try {
		a = decodeAssignment(body.assignment.code, modules);
	} catch {
		return null;
	}
	const f = body.assignment;
	const same =
		a.module === body.module.id &&
		a.title === f.title &&
		a.className === f.className &&
		a.mode === f.mode &&
		a.due === f.due &&
		a.sections.length === f.sections.length &&
		a.sections.every((s, i) => s === f.sections[i]) &&
		// Files made before pass marks and locks do not repeat them: the link's are taken.
		(f.passMark === undefined || f.passMark === a.passMark) &&
		(f.locked === undefined || f.locked === a.locked);
	return same ? a : null;
}
