/** The fixed vocabularies of the module format, shared by the schema and the interface. */

export const actorKinds = [
	'person',
	'armed-group',
	'military',
	'government',
	'state',
	'party',
	'institution',
	'group'
] as const;

/** How the article presents an event: as fact, as someone's quoted words, or as an unconfirmed report. */
export const reportings = ['fact', 'quoted', 'unconfirmed'] as const;

/** The three kinds of statement a classify question sorts. */
export const statementKinds = ['fact', 'claim', 'opinion'] as const;

export const truthValues = ['true', 'false', 'not-stated'] as const;
