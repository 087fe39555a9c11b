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
			outline: { ...openedFile.outline, title: 'Suez (new)' }
		};
		expect(await keepModuleFile(store, newer)).toBe('replaced');
		expect((await store.run(moduleFilesQuery)).map((f) => f.outline.title)).toEqual(['Suez (new)']);

		await recordAttempt(store, { ...attempt('a1', 'q1', 30), moduleId: openedFile.id });
		await removeModuleFile(store, openedFile.id);
		expect(await moduleFile(store, openedFile.id)).toBeUndefined();
		expect(await store.run((db) => db.attempts.count())).toBe(1);
	});
});
