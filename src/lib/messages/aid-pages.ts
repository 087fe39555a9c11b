/** What the reading-aid pages alone say (timeline, map, who's who, glossary): not loaded by a section. */
export const aidPagesText = {
	whoIsWhoIntro:
		'Every person, group and state in the article: what it is, the part it plays, and how the article says it stands to the others.',
	glossaryIntro:
		'Words a reader may not know, explained in our words. Tap a word in the text to see its meaning.',
	reportings: {
		fact: 'Reported as fact',
		quoted: "Someone's words, quoted",
		unconfirmed: 'Unconfirmed report',
		author: "The author's own claim"
	},
	evidenceLabel: 'The article says',
	namedIn: 'Where the article names it',
	timelineIntro:
		'The events in the order the article tells them, after the earlier dates it mentions as background. Each says how the article reports it.',
	backgroundLabel: 'Background',
	storyLabel: 'As the article tells it',
	eventNumber: (n: number) => `Event ${n}`,
	where: 'Where',
	who: 'Who',
	howReported: 'How the article reports it',
	usedIn: 'Used in the text',
	mapIntro:
		'The places the article names. Choose a place on the map or in the list to see what happened there.',
	mapLabel: (title: string) => `Map of the places in ${title}`,
	placesTitle: 'Places and their events',
	offMap: 'Further away',
	noEvents: 'The article reports no event here; it is named for its place in the story.',
	readPassage: 'Read the passage'
} as const;
