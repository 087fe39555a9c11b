import type { Submission } from '$lib/db/entities';
import { problemOf, type StorageProblem } from '$lib/db/problem';
import { MAX_FILE_BYTES, readResults, ResultsFileError, type FileProblem } from '$lib/results/file';
import { LiveRead } from './live.svelte';
import { withDatabase } from './storage.svelte';

/** What became of one file handed to the dashboard. */
export type FileOutcome = { name: string } & (
	{ kept: 'added' | 'known' } | { refused: { file: FileProblem } | { storage: StorageProblem } }
);

/**
 * Reads, checks and keeps each results file on its own, in its own transaction: one bad file
 * stops no other, and a refused one changes nothing stored. `done` hears after each file.
 */
export async function importResultsFiles(
	files: readonly File[],
	knownModules: ReadonlySet<string>,
	done: (outcomes: readonly FileOutcome[]) => void = () => {}
): Promise<FileOutcome[]> {
	const outcomes: FileOutcome[] = [];
	for (const f of files) {
		outcomes.push(await importOne(f, knownModules));
		done(outcomes);
	}
	return outcomes;
}

async function importOne(f: File, knownModules: ReadonlySet<string>): Promise<FileOutcome> {
	try {
		if (f.size > MAX_FILE_BYTES) throw new ResultsFileError(f.name, 'too-big');
		const file = await readResults(f.name, await f.text(), knownModules);
		const { db, conn } = await withDatabase();
		const kept = await db.importSubmission(conn, {
			checksum: file.checksum,
			fileName: f.name,
			moduleId: file.module.id,
			assignmentCode: file.assignment.code,
			importedAt: Date.now(),
			file
		});
		return { name: f.name, kept };
	} catch (e) {
		const refused = e instanceof ResultsFileError ? { file: e.problem } : { storage: problemOf(e) };
		return { name: f.name, refused };
	}
}

/**
 * Every results file imported on this device, in the order they came, live. While a class's
 * files come in one by one, the dashboard is drawn again at most four times a second.
 */
export const importedFiles = () =>
	new LiveRead<Submission[]>(
		() => undefined,
		(db) => db.submissionsQuery,
		[],
		{ atMostEvery: 250 }
	);

/** Removes one class's imported files (one assignment), in one transaction; returns how many. */
export async function removeClassFiles(code: string): Promise<number> {
	const { db, conn } = await withDatabase();
	return db.removeAssignmentFiles(conn, code);
}
