import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { ModuleFileRow } from './entities';

/** How many replaced files a module file keeps, for grading files made with them. */
export const MAX_EARLIER_FILES = 5;

/**
 * Keeps a module opened from a file, in its own transaction. A module already kept under the
 * same id is replaced by the file opened now (a teacher's newer version), and kept among its
 * earlier files; the student's answers, kept by module and question, stay. Says whether the
 * module is new here, replaced, or the same.
 */
export function keepModuleFile(
	conn: Connection,
	row: Omit<ModuleFileRow, 'earlier'>
): Promise<'added' | 'replaced' | 'same'> {
	return conn.run((db) =>
		db.transaction('rw', db.moduleFiles, async () => {
			const stored = await db.moduleFiles.get(row.id);
			if (stored?.fingerprint === row.fingerprint) return 'same' as const;
			const earlier = stored
				? [stored.file, ...(stored.earlier ?? [])]
						.filter((f) => f.checksum !== row.file.checksum)
						.slice(0, MAX_EARLIER_FILES)
				: [];
			await db.moduleFiles.put({ ...row, earlier });
			return stored ? ('replaced' as const) : ('added' as const);
		})
	);
}

/** Forgets a module opened from a file; the answers given in it stay. */
export function removeModuleFile(conn: Connection, id: string): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.moduleFiles, () => db.moduleFiles.delete(id));
	});
}

/** Every module opened from a file, by title. */
export const moduleFilesQuery = async (db: LecternDB): Promise<ModuleFileRow[]> =>
	(await db.moduleFiles.toArray()).sort((a, b) => a.outline.title.localeCompare(b.outline.title));

export const moduleFileQuery = (id: string) => (db: LecternDB) => db.moduleFiles.get(id);

export const moduleFile = (conn: Connection, id: string) => conn.run(moduleFileQuery(id));
