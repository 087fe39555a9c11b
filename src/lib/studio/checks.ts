import { checkModule } from '$lib/module/resolve';
import { actorsOf } from './actors';
import type { DraftContent } from './draft';
import { articleOf, moduleDataOf } from './files';

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

const ACTOR_FIELDS: Record<string, string> = {
	name: 'name',
	role: 'part in the article',
	kind: 'kind'
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

const EVENT_FIELDS: Record<string, string> = {
	title: 'title',
	place: 'where it happened',
	actors: 'who takes part'
};

/** What the studio covers so far, beyond the form: said once, not as a schema path. */
const LATER: Record<string, string> = {
	actors:
		'the module needs at least one actor (a person, group or state the article names): add one under Actors',
	questions: 'the module needs at least one question'
};

/**
 * Every problem of the draft, by the checker the build uses, each placed at its field. A
 * section without a heading is said here, at its field: the export writes "Section n" for it.
 */
export function checkDraft(content: DraftContent): DraftCheck[] {
	const checks: DraftCheck[] = content.sections.flatMap((s, i) =>
		s.title.trim()
			? []
			: [
					{
						field: `sections.${i}.title`,
						where: `Section ${i + 1} heading`,
						message: 'write a short heading (up to 7 words) for this section',
						warning: false
					}
				]
	);
	content.paragraphs.forEach((p, i) => {
		// article.md has no way to write a paragraph that starts with "#": it reads as a heading.
		if (p.text.startsWith('#'))
			checks.push({
				field: null,
				where: `Paragraph ${i + 1}`,
				message: 'it starts with #, which article.md reads as a heading: reword its start',
				warning: false
			});
	});
	const { problems } = checkModule({
		dataFile: 'module.yaml',
		articleFile: 'article.md',
		data: moduleDataOf(content),
		article: articleOf(content)
	});
	const actors = actorsOf(content);
	for (const p of problems) {
		const place = p.place.split(' ')[0] ?? '';
		const known = FIELDS[place];
		if (known) {
			checks.push({ field: known[0], where: known[1], message: p.message, warning: !!p.warning });
			continue;
		}
		const actor = /^actors\[(\d+)\](?:\.(name|role|kind|aliases))?/.exec(place);
		if (actor) {
			const i = Number(actor[1]);
			const f = actor[2] === 'aliases' || !actor[2] ? 'name' : actor[2];
			const named = actors[i]?.name || `Actor ${i + 1}`;
			checks.push({
				field: `actors.${i}.${f}`,
				where: `${named} (${ACTOR_FIELDS[f] ?? f})`,
				message: p.message,
				warning: !!p.warning
			});
			continue;
		}
		const event = /^events\[(\d+)\](?:\.(title|place|actors|reported|evidence))?/.exec(place);
		if (event) {
			const i = Number(event[1]);
			const f =
				event[2] === 'title' || event[2] === 'place' || event[2] === 'actors' ? event[2] : 'title';
			checks.push({
				field: `events.${i}.${f}`,
				where: `Event ${i + 1} (${EVENT_FIELDS[f]})`,
				message: p.message,
				warning: !!p.warning
			});
			continue;
		}
		const question = /^questions\[(\d+)\](.*)$/.exec(place);
		if (question) {
			checks.push(questionCheck(Number(question[1]), question[2]!, p.message, !!p.warning));
			continue;
		}
		const term = /^glossary\[(\d+)\](?:\.(\w+))?/.exec(place);
		if (term) {
			const i = Number(term[1]);
			const f = term[2] === 'definition' ? 'definition' : 'term';
			checks.push({
				field: `glossary.${i}.${f}`,
				where: `Glossary ${i + 1} (${f === 'term' ? 'term' : 'meaning'})`,
				message: p.message,
				warning: !!p.warning
			});
			continue;
		}
		const heading = /^sections\[(\d+)\]/.exec(place);
		if (heading) {
			const i = Number(heading[1]);
			checks.push({
				field: `sections.${i}.title`,
				where: `Section ${i + 1} heading`,
				message: p.message,
				warning: !!p.warning
			});
			continue;
		}
		checks.push({
			field: null,
			where: 'Module',
			message: LATER[place] ?? (place ? `${place}: ${p.message}` : p.message),
			warning: !!p.warning
		});
	}
	return checks;
}
