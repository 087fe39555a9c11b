import type { KnownModules } from '$lib/assign/link';
import * as v from 'valibot';
import { instantSchema, parseUntrusted, shortText, timeSchema } from '$lib/module/answer-schema';
import { checkResults, ResultsFileError, type FileProblem, type ResultsFile } from './file';

/**
 * A dashboard backup: every results file this browser imported, as it was imported, so that a
 * teacher can take the class's results to another device. Each file keeps its own checksum and
 * is checked again on restore, as on import.
 */
export const DASHBOARD_VERSION = 1;
/** Two hundred files of a long assignment are about 6 MB; a year of classes fits. */
export const MAX_DASHBOARD_BYTES = 60 * 1024 * 1024;
const MAX_FILES = 5_000;

export interface DashboardFile {
	format: 'lectern-dashboard';
	version: typeof DASHBOARD_VERSION;
	exportedAt: string;
	files: { name: string; importedAt: number; file: ResultsFile }[];
}

const Envelope = v.strictObject({
	format: v.literal('lectern-dashboard'),
	version: v.literal(DASHBOARD_VERSION),
	exportedAt: instantSchema,
	files: v.pipe(
		v.array(
			v.strictObject({
				name: shortText(260),
				importedAt: timeSchema,
				file: v.unknown()
			})
		),
		v.maxLength(MAX_FILES)
	)
});

export type DashboardProblem =
	| { backup: 'too-big' | 'not-json' | 'not-dashboard' | 'newer' | 'invalid' }
	| { file: string; problem: FileProblem };

export class DashboardFileError extends Error {
	constructor(readonly problem: DashboardProblem) {
		super('backup' in problem ? problem.backup : `${problem.file}: ${problem.problem}`);
		this.name = 'DashboardFileError';
	}
}

/**
 * Reads a backup: all of it or nothing. One file in it that fails its checks refuses the whole
 * backup, naming that file, since a backup edited by hand is not one to merge.
 */
export async function readDashboardFile(
	text: string,
	knownModules: KnownModules
): Promise<DashboardFile['files']> {
	const refuse = (backup: 'too-big' | 'not-json' | 'not-dashboard' | 'newer' | 'invalid') =>
		new DashboardFileError({ backup });
	if (new TextEncoder().encode(text).length > MAX_DASHBOARD_BYTES) throw refuse('too-big');
	let parsed: ReturnType<typeof parseUntrusted>;
	try {
		parsed = parseUntrusted(text);
	} catch {
		throw refuse('not-json');
	}
	if (parsed.hostileKey) throw refuse('invalid');
	const head = parsed.data as Record<string, unknown> | null;
	if (!head || typeof head !== 'object' || head.format !== 'lectern-dashboard')
		throw refuse('not-dashboard');
	if (typeof head.version === 'number' && head.version > DASHBOARD_VERSION) throw refuse('newer');
	const envelope = v.safeParse(Envelope, head);
	if (!envelope.success) throw refuse('invalid');
	const files: DashboardFile['files'] = [];
	for (const entry of envelope.output.files) {
		try {
			files.push({ ...entry, file: await checkResults(entry.name, entry.file, knownModules) });
		} catch (e) {
			if (!(e instanceof ResultsFileError)) throw e;
			throw new DashboardFileError({ file: entry.name, problem: e.problem });
		}
	}
	return files;
}
