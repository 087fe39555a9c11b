import { LiveRead } from './live.svelte';
import { withUnsaved, type AssignmentWork } from './assignments';

type Log = Pick<AssignmentWork, 'attempts' | 'closed'>;
const none: Log = { attempts: [], closed: [] };

/**
 * One assignment's work in its module, live: saved in this tab or another, merged with what
 * this page holds where saving failed. Create it while a component initialises; `where` may be
 * null until the page knows its assignment.
 */
export class AssignmentWorkRead {
	#where: () => { code: string; moduleId: string } | null;
	#log: LiveRead<Log, { code: string; moduleId: string } | null>;

	constructor(where: () => { code: string; moduleId: string } | null) {
		this.#where = where;
		this.#log = new LiveRead(
			where,
			(db, w) => (w ? db.assignmentLogQuery(w.code, w.moduleId) : async () => none),
			none
		);
	}

	get current(): Log {
		const w = this.#where();
		return w ? withUnsaved(this.#log.current, w.code, w.moduleId) : none;
	}
	get isLoading(): boolean {
		return this.#log.isLoading;
	}
}
