/** What the studio's relations editor says: how the article says one actor stands to another. */
export const relationsText = {
	relations: 'How actors stand to each other',
	relationsNote:
		'Each relation is one the article states, in one sentence: "ISIS is an offshoot of Al Qaeda". Relation questions ask about these.',
	sentence: 'The sentence that says so',
	from: 'Who',
	type: 'Stands how',
	to: 'To whom',
	chooseActor: 'Choose an actor',
	add: 'Add the relation',
	needActors: 'Add at least two actors first: a relation is between two of them.',
	added: (said: string) => `Added: ${said}.`,
	said: (from: string, verb: string, to: string) => `${from} ${verb} ${to}`,
	evidence: 'Said in:',
	reported: 'How the article says it',
	note: 'A note for the reader (its source, its limits), if it needs one',
	remove: (said: string) => `Remove the relation “${said}”`
} as const;
