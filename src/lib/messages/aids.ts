/** The reading aids: the cards in the text, who's who, timeline, map and glossary. */
export const aidsText = {
	readingAids: 'Reading aids',
	whoIsWho: "Who's who",
	timeline: 'Timeline',
	mapTitle: 'Map',
	glossary: 'Glossary',
	actorKinds: {
		person: 'Person',
		'armed-group': 'Armed group',
		military: 'Armed forces',
		government: 'Government',
		state: 'State',
		party: 'Political party',
		institution: 'Institution',
		company: 'Company',
		group: 'Group'
	},
	alsoCalled: 'Also called',
	meaning: 'Meaning',
	relationsTitle: 'How the article says it stands to others',
	relationVerb: {
		fights: 'fights',
		backs: 'backs',
		opposes: 'opposes',
		'part-of': 'is part of',
		leads: 'leads',
		'split-from': 'is an offshoot of',
		'works-with': 'works with',
		pressures: 'puts pressure on',
		created: 'created'
	},
	mentionsHere: 'Where this section names it',
	mentionsElsewhere: 'Other sections that name it',
	mentionIn: (paragraph: number, words: string) => `Paragraph ${paragraph}: “${words}”`,
	sectionMentions: (title: string, count: number) =>
		`${title} (${count === 1 ? '1 mention' : `${count} mentions`})`,
	close: 'Close',
	inWhoIsWho: (name: string) => `${name} in Who's who`,
	inGlossary: 'All words in the glossary',
	/** How a relation that is not a reported fact opens, on an actor's card. */
	relationLead: {
		quoted: 'Quoted words say that',
		unconfirmed: 'Unconfirmed reports say that',
		author: 'The author claims that'
	} as Partial<Record<string, string>>,
	mapDescription: (focus: string | undefined, names: string) =>
		focus ? `A map of ${focus} and its neighbours marking ${names}.` : `A map marking ${names}.`,
	mapChoose: 'Or choose from the list:'
} as const;
