import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { recordAttempt } from './attempts';
import { connect } from './connection';
import { keepModuleFile, moduleFile, moduleFilesQuery, removeModuleFile } from './module-files';
import { attempt, openedFile } from './testing/samples';

describe('modules opened from a file, on disk', () => {
	it('a second file of the same module replaces the first, once; removing it keeps the answers', async () => {
		const store = connect({ indexedDB: new IDBFactory(), IDBKeyRange });
		expect(await keepModuleFile(store, openedFile)).toBe('added');
		expect(await keepModuleFile(store, { ...openedFile, openedAt: 20 })).toBe('same');
		expect((await moduleFile(store, openedFile.id))?.openedAt).toBe(11);
		const newer = {
			...openedFile,
			fingerprint: 'fedcba9876543210',
			outline: { ...openedFile.outline, title: 'Suez (new)' },
			file: { ...openedFile.file, checksum: 'sha256:fedcba9876543210' }
		};
		expect(await keepModuleFile(store, newer)).toBe('replaced');
		expect((await store.run(moduleFilesQuery)).map((f) => f.outline.title)).toEqual(['Suez (new)']);
		// The file it replaced stays, to grade results files answered against it.
		expect((await moduleFile(store, openedFile.id))?.earlier).toEqual([openedFile.file]);

		await recordAttempt(store, { ...attempt('a1', 'q1', 30), moduleId: openedFile.id });
		await removeModuleFile(store, openedFile.id);
		expect(await moduleFile(store, openedFile.id)).toBeUndefined();
		expect(await store.run((db) => db.attempts.count())).toBe(1);
	});

	it('keeps the last five files a module replaced, latest first, and none twice', async () => {
		const store = connect({ indexedDB: new IDBFactory(), IDBKeyRange });
		const version = (n: number) => ({
			...openedFile,
			fingerprint: `f${n}`,
			file: { ...openedFile.file, checksum: `sha256:f${n}` }
		});
		for (const n of [1, 2, 3, 4, 5, 6, 7]) await keepModuleFile(store, version(n));
		const checksums = async () =>
			(await moduleFile(store, openedFile.id))?.earlier?.map((f) => f.checksum);
		expect(await checksums()).toEqual([
			'sha256:f6',
			'sha256:f5',
			'sha256:f4',
			'sha256:f3',
			'sha256:f2'
		]);
		// Opening an earlier file again makes it the module, and the latest an earlier one.
		await keepModuleFile(store, version(4));
		expect(await checksums()).toEqual([
			'sha256:f7',
			'sha256:f6',
			'sha256:f5',
			'sha256:f3',
			'sha256:f2'
		]);
	});
});
