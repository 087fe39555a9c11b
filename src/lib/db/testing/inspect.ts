// Test-only: looking at the database without Dexie, so that looking cannot change it.

export const request = <T>(req: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});

export interface Snapshot {
	version: number;
	tables: Record<string, [IDBValidKey, unknown][]>;
}

/** Every row of every table, with its key; null when there is no 'lectern' database at all. */
export async function snapshot(indexedDB: IDBFactory): Promise<Snapshot | null> {
	if (!(await indexedDB.databases()).some((d) => d.name === 'lectern')) return null;
	const db = await request(indexedDB.open('lectern'));
	try {
		const names = [...db.objectStoreNames];
		const tx = db.transaction(names, 'readonly');
		// Every request is made before the first await: the transaction must not commit between them.
		const reads = names.map((n) => {
			const store = tx.objectStore(n);
			return Promise.all([request(store.getAllKeys()), request(store.getAll())]);
		});
		const tables: Snapshot['tables'] = {};
		for (const [i, [keys, values]] of (await Promise.all(reads)).entries())
			tables[names[i]!] = keys.map((k, j) => [k, values[j]]);
		return { version: db.version, tables };
	} finally {
		db.close();
	}
}

export const keyString = (row: object, keyPath: string | readonly string[]) =>
	JSON.stringify(
		typeof keyPath === 'string'
			? (row as Record<string, unknown>)[keyPath]
			: keyPath.map((k) => (row as Record<string, unknown>)[k])
	);

export const rowsOf = (snap: Snapshot | null, table: string) =>
	new Map((snap?.tables[table] ?? []).map(([k, v]) => [JSON.stringify(k), v]));
