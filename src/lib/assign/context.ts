import { decodeAssignment, LinkError, type Assignment, type LinkProblem } from './link';
import { standings, type Standing } from './standing';
import type { AssignmentLog } from './standing';

type Section = { id: string; title: string; questionIds: string[] };

/** Where a section page stands when it is opened from an assignment (`?a=<code>`). */
export type AssignmentContext =
	| { state: 'none' }
	| { state: 'problem'; problem: LinkProblem }
	| {
			state: 'ready';
			code: string;
			assignment: Assignment;
			/** This section's standing; null when the section is not part of the assignment. */
			here: Standing | null;
			/** The section before it in the assignment, which must be passed first when locked. */
			previous: Section | null;
			next: Section | null;
	  };

/** Reads the assignment a section page was opened for, and where the student stands in it. */
export function assignmentContext(
	code: string | null,
	module: { id: string; sections: Section[] },
	sectionId: string,
	log: AssignmentLog,
	/** False when the saved work could not be read: then nothing is known to be unpassed. */
	readable = true
): AssignmentContext {
	if (code === null) return { state: 'none' };
	let assignment: Assignment;
	try {
		assignment = decodeAssignment(code, new Map([[module.id, module.sections.map((s) => s.id)]]));
	} catch (e) {
		if (e instanceof LinkError) return { state: 'problem', problem: e.problem };
		throw e;
	}
	const sections = module.sections.filter((s) => assignment.sections.includes(s.id));
	const at = sections.findIndex((s) => s.id === sectionId);
	const standing = standings(
		readable ? assignment : { ...assignment, locked: false },
		sections,
		log
	);
	return {
		state: 'ready',
		code,
		assignment,
		here: at === -1 ? null : standing[at]!,
		previous: sections[at - 1] ?? null,
		next: at === -1 ? null : (sections[at + 1] ?? null)
	};
}
