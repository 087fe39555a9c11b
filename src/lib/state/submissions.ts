import type { KnownModules } from '$lib/assign/link';
import type { Submission } from '$lib/db/entities';
import { problemOf, type StorageProblem } from '$lib/db/problem';
import * as submissions from '$lib/db/submissions';
// The readers (schemas, checksums) load when a file is chosen: the dashboard starts without them.
import type { DashboardFile, DashboardProblem } from '$lib/results/dashboard-file';
import type { FileProblem } from '$lib/results/file';
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
	knownModules: KnownModules,
	done: (outcomes: readonly FileOutcome[]) => void = () => {}
): Promise<FileOutcome[]> {
	const outcomes: FileOutcome[] = [];
	for (const f of files) {
		outcomes.push(await importOne(f, knownModules));
		done(outcomes);
	}
	return outcomes;
}

async function importOne(f: File, knownModules: KnownModules): Promise<FileOutcome> {
	const { MAX_FILE_BYTES, readResults, ResultsFileError } = await import('$lib/results/file');
	try {
		if (f.size > MAX_FILE_BYTES) throw new ResultsFileError(f.name, 'too-big');
		const file = await readResults(f.name, await f.text(), knownModules);
		const { conn } = await withDatabase();
		const kept = await submissions.importSubmission(conn, {
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
 * Every results file imported on this device, in the order they came, live (another tab may
 * import or remove some), drawn again at most four times a second. While `importing` holds it
 * waits: reading every file back after each one kept made a class of 200 take 45 s on a phone.
 */
export const importedFiles = (importing: () => boolean = () => false) =>
	new LiveRead<Submission[]>(
		() => undefined,
		() => submissions.submissionsQuery,
		[],
		{ atMostEvery: 250, paused: importing }
	);

/** Removes one class's imported files (one assignment), in one transaction; returns how many. */
export async function removeClassFiles(code: string): Promise<number> {
	const { conn } = await withDatabase();
	return submissions.removeAssignmentFiles(conn, code);
}

/** Removes imported files by their checksums, in one transaction; returns how many. */
export async function removeFiles(checksums: readonly string[]): Promise<number> {
	const { conn } = await withDatabase();
	return submissions.removeSubmissions(conn, checksums);
}

/** Every file imported on this device, as imported: a backup to restore on another device. */
export async function dashboardBackup(): Promise<DashboardFile> {
	const [{ conn }, { DASHBOARD_VERSION }] = await Promise.all([
		withDatabase(),
		import('$lib/results/dashboard-file')
	]);
	const rows = await submissions.listSubmissions(conn);
	return {
		format: 'lectern-dashboard',
		version: DASHBOARD_VERSION,
		exportedAt: new Date().toISOString(),
		files: rows.map((r) => ({ name: r.fileName, importedAt: r.importedAt, file: r.file }))
	};
}

/**
 * Restores a backup, merged in one transaction: a file already here is kept once. A backup that
 * fails its checks is refused whole and changes nothing; a storage failure is thrown.
 */
export async function restoreDashboard(
	f: File,
	knownModules: KnownModules
): Promise<{ added: number; known: number } | { refused: DashboardProblem }> {
	const { DashboardFileError, MAX_DASHBOARD_BYTES, readDashboardFile } =
		await import('$lib/results/dashboard-file');
	let files;
	try {
		if (f.size > MAX_DASHBOARD_BYTES) throw new DashboardFileError({ backup: 'too-big' });
		files = await readDashboardFile(await f.text(), knownModules);
	} catch (e) {
		if (e instanceof DashboardFileError) return { refused: e.problem };
		throw e;
	}
	const { conn } = await withDatabase();
	return submissions.restoreSubmissions(
		conn,
		files.map(({ name, importedAt, file }) => ({
			checksum: file.checksum,
			fileName: name,
			moduleId: file.module.id,
			assignmentCode: file.assignment.code,
			importedAt,
			file
		}))
	);
}
