import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '$lib/studio/read';
import { connect } from './connection';
import { saveStudioDraft, studioDrafts } from './studio';

describe('studio drafts on disk', () => {
	it('a tab that edited an older copy of a draft does not overwrite what another tab saved', async () => {
		const store = connect({ indexedDB: new IDBFactory(), IDBKeyRange });
		const draft = draftFromText('One paragraph.', 'd1', 1);
		expect(await saveStudioDraft(store, draft, null)).toBe('saved');
		// Tab B saves on top of the first save; tab A still holds that first one.
		const b = { ...draft, about: { ...draft.about, title: 'From tab B' }, updatedAt: 2 };
		expect(await saveStudioDraft(store, b, 1)).toBe('saved');
		const a = { ...draft, about: { ...draft.about, title: 'From tab A' }, updatedAt: 3 };
		expect(await saveStudioDraft(store, a, 1)).toBe('changed-elsewhere');
		expect((await studioDrafts(store)).map((d) => d.about.title)).toEqual(['From tab B']);
		// A new draft whose id is already taken is refused the same way.
		expect(await saveStudioDraft(store, { ...draft, updatedAt: 4 }, null)).toBe(
			'changed-elsewhere'
		);
	});
});
