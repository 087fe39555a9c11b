/** How a module's source is described: who wrote it, who published it, and what kind of piece it is. */
export const sourceText = {
	by: 'By',
	publishedIn: (names: string) => `Published in ${names}`,
	republishedBy: (names: string) => `republished by ${names}`,
	kind: { news: 'News report', opinion: 'Opinion piece', analysis: 'Analysis', feature: 'Feature' },
	sourceNote: 'About this source',
	moreAbout: 'source and reading aids',
	sourceAndPerspective: 'Source and perspective',
	writtenBy: 'Written by',
	publishedBy: 'Published by',
	firstPublished: 'first published it',
	republishedIt: 'republished it',
	dateLabel: 'Date',
	kindLabel: 'Kind of piece',
	readingCritically: 'Reading it critically',
	criticalTips: [
		'Who wrote it, who published it, and what do they want readers to think?',
		'Which sentences report facts that could be checked, which repeat what someone said, and which give the author’s own opinion?',
		'Which reports does the article itself call unconfirmed, or introduce with “reportedly”?',
		'Which words carry a judgement, praising, blaming or mocking, rather than a neutral description?',
		'Whose voices are quoted, and whose are missing?',
		'The piece was written on one day: what could its author not know yet?'
	],
	whatNext: 'What happened next',
	whatNextNote: (written: string) =>
		`Not part of the article. A note added by Lectern, written ${written}, with later events that standard references record, so that you can read the article as a document of its day.`
} as const;
