import { inScope, type Attempt } from '$lib/module/progress';
import { LiveRead } from './live.svelte';

/**
 * The student's own work (not an assignment's), live: of one module, or of every module when
 * `moduleId` gives null. Create it while a component initialises.
 */
export function ownWork(moduleId: () => string | null): LiveRead<Attempt[], string | null> {
	return new LiveRead(
		moduleId,
		(db, id) => async (d) => {
			const rows = await (id ? db.moduleAttemptsQuery(id) : db.allAttemptsQuery)(d);
			return rows.filter((a) => inScope(a, null));
		},
		[] as Attempt[]
	);
}
