import type { ModuleFileRow } from '../entities';

/** A module a student opened from a file (its content is not read by the store). */
export const openedFile: ModuleFileRow = {
	id: 'suez-1956',
	fingerprint: '0123456789abcdef',
	outline: {
		id: 'suez-1956',
		title: 'Suez, 1956',
		summary: 'Egypt takes the canal.',
		source: {
			kind: 'news',
			headline: 'Suez',
			author: 'A. Writer',
			publishers: [{ name: 'A paper', role: 'original' }],
			date: '1956-07-27',
			copyright: '© A paper'
		},
		sections: [{ id: 'one', number: 1, title: 'One', questionIds: ['q1'] }]
	},
	openedAt: 11,
	file: {
		format: 'lectern-module',
		version: 1,
		article: '## One\n\nNasser spoke.',
		data: { id: 'suez-1956' },
		checksum: 'sha256:0123456789abcdef'
	}
};
