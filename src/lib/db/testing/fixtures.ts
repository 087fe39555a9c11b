/**
 * Databases as each released schema left them, written with raw IndexedDB so that they stay what
 * was shipped whatever database.ts becomes. Test-only: never imported by the app.
 *
 * Dexie stores schema version N as IndexedDB version N * 10, names a compound index `[a+b]`
 * with the key path `['a', 'b']`, and creates neither unique nor multi-entry indexes here.
 */

interface StoreShape {
	keyPath: string | string[];
	indexes: Record<string, string | string[]>;
}

const attempts: StoreShape = {
	keyPath: 'id',
	indexes: { '[moduleId+sectionId]': ['moduleId', 'sectionId'], moduleId: 'moduleId', at: 'at' }
};
const meta: StoreShape = { keyPath: 'key', indexes: {} };
const assignments: StoreShape = { keyPath: 'code', indexes: { joinedAt: 'joinedAt' } };
const submissions: StoreShape = {
	keyPath: 'checksum',
	indexes: { assignmentCode: 'assignmentCode', importedAt: 'importedAt' }
};
const closedSections: StoreShape = {
	keyPath: ['assignment', 'sectionId', 'round'],
	indexes: { assignment: 'assignment' }
};
const reviews: StoreShape = { keyPath: ['moduleId', 'questionId'], indexes: { due: 'due' } };
const made: StoreShape = { keyPath: 'code', indexes: { madeAt: 'madeAt' } };
const studio: StoreShape = { keyPath: 'id', indexes: { updatedAt: 'updatedAt' } };
const moduleFiles: StoreShape = { keyPath: 'id', indexes: { openedAt: 'openedAt' } };

/** Every object store of each released schema version, as Dexie created it. */
export const RELEASED_SCHEMAS = {
	1: { attempts, meta },
	2: { attempts, meta, assignments, submissions },
	3: { attempts, meta, assignments, submissions, closedSections },
	4: { attempts, meta, assignments, submissions, closedSections, reviews },
	5: { attempts, meta, assignments, submissions, closedSections, reviews, made },
	6: { attempts, meta, assignments, submissions, closedSections, reviews, made, studio },
	7: {
		attempts,
		meta,
		assignments,
		submissions,
		closedSections,
		reviews,
		made,
		studio,
		moduleFiles
	}
} as const satisfies Record<number, Record<string, StoreShape>>;

export type ReleasedVersion = keyof typeof RELEASED_SCHEMAS;

/** The rows of a fixture, by table; a table left out is left empty. */
export type FixtureRows<V extends ReleasedVersion> = {
	[T in keyof (typeof RELEASED_SCHEMAS)[V]]?: readonly object[];
};

/** Creates `name` at schema `version` in an empty factory and commits `rows` in one transaction. */
export async function writeFixture<V extends ReleasedVersion>(
	indexedDB: IDBFactory,
	version: V,
	rows: FixtureRows<V>,
	name = 'lectern'
): Promise<void> {
	const shape: Record<string, StoreShape> = RELEASED_SCHEMAS[version];
	const tables = Object.keys(shape);
	const byTable: Partial<Record<string, readonly object[]>> = rows;
	await new Promise<void>((resolve, reject) => {
		const req = indexedDB.open(name, version * 10);
		req.onupgradeneeded = (e) => {
			// A fixture is a database as one release left it, not the result of upgrades: start empty.
			if (e.oldVersion !== 0) {
				req.transaction?.abort();
				return;
			}
			for (const table of tables) {
				const { keyPath, indexes } = shape[table]!;
				const store = req.result.createObjectStore(table, { keyPath });
				for (const [index, path] of Object.entries(indexes)) store.createIndex(index, path);
			}
		};
		req.onsuccess = () => {
			const db = req.result;
			const tx = db.transaction(tables, 'readwrite');
			for (const table of tables)
				for (const row of byTable[table] ?? []) tx.objectStore(table).put(row);
			tx.oncomplete = () => (db.close(), resolve());
			tx.onerror = () => (db.close(), reject(tx.error));
		};
		req.onerror = () => reject(req.error ?? new Error(`fixture v${version}: open failed`));
	});
}

/** A version 1 database: the attempts log, and the schema noted in meta. */
export async function writeV1Fixture(indexedDB: IDBFactory, rows: object[]): Promise<void> {
	await writeFixture(indexedDB, 1, { attempts: rows, meta: [{ key: 'schema', value: 1 }] });
}

/** A version 2 database (stop 7): adds the assignments joined and the results files imported. */
export async function writeV2Fixture(
	indexedDB: IDBFactory,
	rows: { attempts: object[]; assignments: object[]; submissions: object[] }
): Promise<void> {
	await writeFixture(indexedDB, 2, { ...rows, meta: [{ key: 'schema', value: 2 }] });
}

/**
 * A version 3 database: adds the sections handed in; attempts may carry `assignment` and
 * `round`. Meta holds what that release wrote unless `rows.meta` says otherwise.
 */
export async function writeV3Fixture(indexedDB: IDBFactory, rows: FixtureRows<3>): Promise<void> {
	await writeFixture(indexedDB, 3, {
		meta: [
			{ key: 'schema', value: 3 },
			{ key: 'created', value: 1 }
		],
		...rows
	});
}

/** A version 4 database: adds the spaced-review cards. */
export async function writeV4Fixture(indexedDB: IDBFactory, rows: FixtureRows<4>): Promise<void> {
	await writeFixture(indexedDB, 4, {
		meta: [
			{ key: 'schema', value: 4 },
			{ key: 'created', value: 1 }
		],
		...rows
	});
}

/** A version 5 database: adds the assignments a teacher made. */
export async function writeV5Fixture(indexedDB: IDBFactory, rows: FixtureRows<5>): Promise<void> {
	await writeFixture(indexedDB, 5, {
		meta: [
			{ key: 'schema', value: 5 },
			{ key: 'created', value: 1 }
		],
		...rows
	});
}

/** A version 6 database: adds the studio's drafts. */
export async function writeV6Fixture(indexedDB: IDBFactory, rows: FixtureRows<6>): Promise<void> {
	await writeFixture(indexedDB, 6, {
		meta: [
			{ key: 'schema', value: 6 },
			{ key: 'created', value: 1 }
		],
		...rows
	});
}

/** A version 7 database (current): adds the modules opened from a file. */
export async function writeV7Fixture(indexedDB: IDBFactory, rows: FixtureRows<7>): Promise<void> {
	await writeFixture(indexedDB, 7, {
		meta: [
			{ key: 'schema', value: 7 },
			{ key: 'created', value: 1 }
		],
		...rows
	});
}
