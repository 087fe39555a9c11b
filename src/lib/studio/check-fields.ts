import type { ModuleProblem } from '$lib/module/resolve';

// Where each of the build checker's messages goes in the studio: the module.yaml path it names,
// turned into the form's field (its element id, with dots for dashes) and the field's label.

/** One thing the checker says about a draft, placed at the studio's field it is about. */
export interface DraftCheck {
	/** The studio field (`about.title`, `sections.2.title`), or null for the module as a whole. */
	field: string | null;
	/** Where it is, in the words of the form: "Title", "Section 3 heading". */
	where: string;
	message: string;
	warning: boolean;
}

/** module.yaml paths the studio's form writes, and the form's field for each. */
const FIELDS: Record<string, [field: string, label: string]> = {
	id: ['about.id', 'Short name'],
	title: ['about.title', 'Title'],
	summary: ['about.summary', 'Summary'],
	'source.headline': ['about.headline', 'Headline'],
	'source.author': ['about.author', 'Author'],
	'source.publishers[0].name': ['about.publisher', 'Publisher'],
	'source.date': ['about.date', 'Date'],
	'source.kind': ['about.kind', 'Kind of text'],
	'source.copyright': ['about.copyright', 'Copyright line']
};

/** What one entry of a question's list is called, for a message about it. */
const ENTRY: Record<string, string> = {
	options: 'option',
	pairs: 'pair',
	items: 'item',
	accept: 'accepted answer',
	statements: 'statement',
	places: 'place',
	evidence: 'evidence sentence',
	distractors: 'wrong match',
	actors: 'actor',
	events: 'event'
};

/**
 * A message about question `i`, at the editor's field for its top-level key (`questions.3.options`);
 * an entry of a list is named in the message ("option 2: …").
 */
function questionCheck(i: number, path: string, message: string, warning: boolean): DraftCheck {
	const [, top = 'prompt', n, sub] = /^\.?(\w+)?(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path) ?? [];
	const entry =
		n === undefined ? '' : `${ENTRY[top] ?? top} ${Number(n) + 1}${sub ? ` (${sub})` : ''}: `;
	// The options and the right one are edited together, under the right answer.
	const known = ['type', 'id'].includes(top)
		? 'prompt'
		: ['options', 'places'].includes(top)
			? 'answer'
			: top;
	// An answer not chosen yet is an empty id to the schema: said as what to do.
	const unchosen =
		n === undefined &&
		['answer', 'ask'].includes(top) &&
		/lower-case words|picklist|one of/.test(message);
	return {
		field: `questions.${i}.${known}`,
		where: `Question ${i + 1} (${QUESTION_FIELDS[known] ?? known})`,
		message: unchosen
			? top === 'ask'
				? 'choose the actor the question names'
				: 'choose the right answer'
			: entry + message,
		warning
	};
}

/** The editor's fields of a question, named as its labels name them. */
const QUESTION_FIELDS: Record<string, string> = {
	prompt: 'question',
	section: 'section',
	hint: 'hint',
	explanation: 'explanation',
	evidence: 'evidence',
	answer: 'right answer',
	statement: 'statement',
	pairs: 'pairs',
	distractors: 'wrong matches',
	items: 'items',
	accept: 'accepted answers',
	statements: 'statements',
	quote: 'quoted words',
	ask: 'relation asked about',
	actors: 'what it asks about',
	events: 'what it asks about'
};

/** What the studio covers so far, beyond the form: said once, not as a schema path. */
const LATER: Record<string, string> = {
	actors:
		'the module needs at least one actor (a person, group or state the article names): add one under Actors',
	questions: 'the module needs at least one question'
};

/**
 * The studio's lists, each entry a box of fields: the labels of the fields a message can be
 * about (the first is where any other goes), and what the box is called.
 */
const LISTS: Record<
	string,
	{ fields: Record<string, string>; box: (i: number, n: Names) => string }
> = {
	actors: {
		fields: { name: 'name', role: 'part in the article', kind: 'kind' },
		box: (i, n) => n.actors[i] || `Actor ${i + 1}`
	},
	events: {
		fields: { title: 'title', place: 'where it happened', actors: 'who takes part' },
		box: (i) => `Event ${i + 1}`
	},
	glossary: {
		fields: { term: 'term', definition: 'meaning' },
		box: (i) => `Glossary ${i + 1}`
	},
	background: {
		fields: { title: 'title', when: 'when', year: 'year' },
		box: (i) => `Background ${i + 1}`
	},
	relations: {
		fields: { evidence: 'the sentence that says so', from: 'who', to: 'to whom', note: 'note' },
		box: (i) => `Relation ${i + 1}`
	},
	places: {
		fields: {
			name: 'name',
			kind: 'kind',
			lat: 'latitude',
			lon: 'longitude',
			description: 'description'
		},
		box: (i, n) => n.places[i] || `Place ${i + 1}`
	}
};

/** The names the author gave actors and places, by index, for the boxes' names. */
export interface Names {
	actors: readonly string[];
	places: readonly string[];
}

/** The check a problem of the build's checker makes, at its studio field where there is one. */
export function placeProblem(p: ModuleProblem, names: Names): DraftCheck {
	const place = p.place.split(' ')[0] ?? '';
	const { message } = p;
	const warning = !!p.warning;
	const known = FIELDS[place];
	if (known) return { field: known[0], where: known[1], message, warning };
	const question = /^questions\[(\d+)\](.*)$/.exec(place);
	if (question) return questionCheck(Number(question[1]), question[2]!, message, warning);
	const entry = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(place);
	const list = entry && LISTS[entry[1]!];
	if (entry && list) {
		const i = Number(entry[2]);
		const f =
			entry[3] && Object.hasOwn(list.fields, entry[3]) ? entry[3] : Object.keys(list.fields)[0]!;
		return {
			field: `${entry[1]}.${i}.${f}`,
			where: `${list.box(i, names)} (${list.fields[f]})`,
			message,
			warning
		};
	}
	const map = /^map(?:\.(west|south|east|north|focus))?/.exec(place);
	if (map) {
		const f = map[1] ?? 'west';
		return {
			field: `map.${f}`,
			where: `The map (${f === 'focus' ? 'country the story is about' : `${f} edge`})`,
			message,
			warning
		};
	}
	const heading = /^sections\[(\d+)\]/.exec(place);
	if (heading) {
		const i = Number(heading[1]);
		return { field: `sections.${i}.title`, where: `Section ${i + 1} heading`, message, warning };
	}
	return {
		field: null,
		where: 'Module',
		message: LATER[place] ?? (place ? `${place}: ${message}` : message),
		warning
	};
}
