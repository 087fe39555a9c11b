/** The fixed vocabularies of the module format, shared by the schema and the interface. */

export const actorKinds = [
	'person',
	'armed-group',
	'military',
	'government',
	'state',
	'party',
	'institution',
	'company',
	'group'
] as const;

/**
 * How the article presents an event or a relation: as fact, as someone's quoted words, as an
 * unconfirmed report, or as the author's own claim (an inference or an assertion with no source).
 */
export const reportings = ['fact', 'quoted', 'unconfirmed', 'author'] as const;

/** The three kinds of statement a classify question sorts. */
export const statementKinds = ['fact', 'claim', 'opinion'] as const;

/**
 * The reading skills a question practises. A question names its own in module.yaml; one that
 * names none practises its type's (who said it for speaker, sequencing for order…), or finding
 * what the text says.
 */
export const readingSkills = [
	'detail',
	'source',
	'argument',
	'speaker',
	'sequence',
	'place',
	'relations',
	'vocabulary'
] as const;
export type ReadingSkill = (typeof readingSkills)[number];

export const truthValues = ['true', 'false', 'not-stated'] as const;

/** What a place on the module's map is: a point (city), an area (region) or a country (state). */
export const placeKinds = ['city', 'region', 'state'] as const;

/**
 * How one actor stands to another, read "from <type> to": ISIS split-from al-Qaeda, Iran backs
 * the Iraqi government, Maliki leads the Iraqi government; Britain works-with France (a plan or
 * an alliance agreed), the US pressures Britain, Egypt created the canal company.
 */
export const relationTypes = [
	'fights',
	'backs',
	'opposes',
	'part-of',
	'leads',
	'split-from',
	'works-with',
	'pressures',
	'created'
] as const;

/** Section ids that would collide with the pages every module has. */
export const reservedSectionIds = ['actors', 'timeline', 'map', 'glossary'] as const;
