import type { DBCoreMutateRequest } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { Connection } from '../connection';
import { LecternDB } from '../database';

/**
 * Test-only: a connection of this build over a database whose writes go through `fault` first; a
 * write it returns an error for is refused with that error (a full disk, a bad row).
 */
export function faultyConnection(
	indexedDB: IDBFactory,
	fault: (table: string, req: DBCoreMutateRequest) => unknown
): Connection {
	const db = new LecternDB('lectern', { indexedDB, IDBKeyRange });
	db.use({
		stack: 'dbcore',
		name: 'fault',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (req) => {
						const error = fault(name, req);
						return error ? Promise.reject(error) : table.mutate(req);
					}
				};
			}
		})
	});
	return new Connection(db);
}
