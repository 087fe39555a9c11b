import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportProgress } from '../backup';
import { readProgressFile } from '../progress-file';
import { connect } from '../connection';
import { SCHEMA_VERSION } from '../database';
import type { MetaRow } from '../entities';
import { RELEASED_SCHEMAS, writeV7Fixture } from '../testing/fixtures';
import {
	attempt,
	ownWork,
	savedBy,
	snapshot,
	NextRelease,
	WRITES,
	expectEveryWriteRefused,
	rowsOf
} from '../testing/samples';

describe('a database newer than this code', () => {
	it.each([
		{
			case: 'its schema row is newer',
			make: (indexedDB: IDBFactory) =>
				writeV7Fixture(indexedDB, {
					...savedBy(7),
					meta: [
						{ key: 'schema', value: SCHEMA_VERSION + 1 },
						{ key: 'created', value: 1 }
					]
				})
		},
		{
			case: 'the next release upgraded it',
			make: async (indexedDB: IDBFactory) => {
				await writeV7Fixture(indexedDB, savedBy(7));
				const next = new NextRelease(indexedDB);
				await next.meta.put({ key: 'schema', value: SCHEMA_VERSION + 1 });
				await next.table('notes').add({ id: 'n1', text: 'kept by the next release' });
				next.close();
			}
		}
	])(
		'($case) refuses every write with "newer", changes nothing, and still lets the student download their work',
		async ({ make }) => {
			const indexedDB = new IDBFactory();
			await make(indexedDB);
			const before = await snapshot(indexedDB);

			const store = connect({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(false);
			expect(store.status).toBe('newer');
			await expectEveryWriteRefused(store, 'newer');
			const unsaved = attempt('unsaved', 'q4', 400);
			const file = await exportProgress(store, [unsaved]);
			expect(readProgressFile(JSON.stringify(file)).attempts).toStrictEqual([
				...savedBy(7).attempts,
				unsaved
			]);
			expect(await snapshot(indexedDB)).toStrictEqual(before);
		}
	);

	const NEXT = (SCHEMA_VERSION + 1) * 10;

	it.each([
		{ row: 'absent', meta: [{ key: 'created', value: 1 }] },
		{
			row: `says ${SCHEMA_VERSION}`,
			meta: [
				{ key: 'created', value: 1 },
				{ key: 'schema', value: SCHEMA_VERSION }
			]
		},
		{
			row: `says ${SCHEMA_VERSION + 1}`,
			meta: [
				{ key: 'created', value: 1 },
				{ key: 'schema', value: SCHEMA_VERSION + 1 }
			]
		}
	] satisfies { row: string; meta: MetaRow[] }[])(
		'one the next release opened and saved an answer in (schema row $row) says "newer", refuses answers, and keeps its version, tables and rows',
		async ({ meta }) => {
			const indexedDB = new IDBFactory();
			await writeV7Fixture(indexedDB, { ...savedBy(7), meta });
			// The next release leaves the meta row as it found it.
			const next = new NextRelease(indexedDB);
			await next.attempts.add(attempt('next', 'q1', 500));
			next.close();
			const before = await snapshot(indexedDB);
			expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: NEXT }]);
			expect([...rowsOf(before, 'meta').values()]).toStrictEqual(meta);

			const store = connect({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(false);
			expect(store.status).toBe('newer');
			await expectEveryWriteRefused(store, 'newer');

			expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: NEXT }]);
			const after = await snapshot(indexedDB);
			expect(Object.keys(after?.tables ?? {}).sort()).toEqual(
				[...Object.keys(RELEASED_SCHEMAS[SCHEMA_VERSION]), 'notes'].sort()
			);
			expect([...rowsOf(after, 'meta').values()]).toStrictEqual(meta);
			expect(after).toStrictEqual(before);
		}
	);

	it('one the next release made with fewer tables says "newer", and gets neither the missing tables nor a higher version', async () => {
		const indexedDB = new IDBFactory();
		const next = new Dexie('lectern', { indexedDB, IDBKeyRange });
		next.version(SCHEMA_VERSION + 1).stores({
			attempts: 'id, [moduleId+sectionId], moduleId, at',
			meta: 'key'
		});
		await next.table('attempts').bulkAdd(ownWork);
		await next.table('meta').bulkAdd([
			{ key: 'created', value: 1 },
			{ key: 'schema', value: SCHEMA_VERSION + 1 }
		]);
		next.close();
		const before = await snapshot(indexedDB);
		expect(before?.version).toBe(NEXT);
		expect(Object.keys(before?.tables ?? {}).sort()).toEqual(['attempts', 'meta']);

		const store = connect({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('newer');
		await expect(WRITES.recordAttempt(store)).rejects.toMatchObject({ problem: 'newer' });
		// The student can still take their work away.
		expect((await exportProgress(store)).attempts).toStrictEqual(ownWork);

		expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: NEXT }]);
		expect(await snapshot(indexedDB)).toStrictEqual(before);
	});
});
