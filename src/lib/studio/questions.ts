import type { QuestionFile, QuestionType } from '$lib/question-types/types';
import type { DraftContent } from './draft';
import { obj, str } from './read';

/** A question as module.yaml writes it; fields the studio does not show are kept as they were. */
export type DraftQuestion = QuestionFile;

/** The draft's questions, in the module's order. */
export function questionsOf(content: DraftContent): DraftQuestion[] {
	const list = content.rest?.questions;
	return (Array.isArray(list) ? list : []).map((x) => {
		const q = obj(x);
		return { ...q, id: str(q.id), type: str(q.type), section: str(q.section) } as DraftQuestion;
	});
}

const withQuestions = (content: DraftContent, questions: DraftQuestion[]): DraftContent => ({
	...content,
	rest: { ...content.rest, questions }
});

/**
 * A new question of `type` after section `section`, placed after that section's last question
 * (the module lists them section by section), with a fresh id as the first module writes them.
 */
export function addQuestion<K extends QuestionType>(
	content: DraftContent,
	type: K,
	section: string,
	blank: object
): { content: DraftContent; index: number } {
	const questions = questionsOf(content);
	const taken = new Set(questions.map((q) => q.id));
	let n = questions.filter((q) => q.section === section).length + 1;
	while (taken.has(`q-${section}-${n}`)) n++;
	// What it asks about may come with the blank (a question started from the coverage list).
	const { actors = [], events = [], ...own } = blank as { actors?: string[]; events?: string[] };
	const question = {
		id: `q-${section}-${n}`,
		section,
		type,
		prompt: '',
		...own,
		hint: '',
		explanation: '',
		evidence: [],
		actors,
		events
	} as unknown as DraftQuestion;
	const order = content.sections.map((s) => s.id);
	const rank = (id: string) => order.indexOf(id);
	let at = questions.findIndex((q) => rank(q.section) > rank(section));
	if (at === -1) at = questions.length;
	const next = [...questions];
	next.splice(at, 0, question);
	return { content: withQuestions(content, next), index: at };
}

export function setQuestion(
	content: DraftContent,
	index: number,
	question: DraftQuestion
): DraftContent {
	return withQuestions(
		content,
		questionsOf(content).map((q, i) => (i === index ? question : q))
	);
}

/** Moves question `index` one place earlier (-1) or later (+1), within its section's run. */
export function moveQuestion(content: DraftContent, index: number, by: -1 | 1): DraftContent {
	const questions = questionsOf(content);
	const to = index + by;
	if (to < 0 || to >= questions.length) return content;
	if (questions[to]!.section !== questions[index]!.section) return content;
	[questions[index], questions[to]] = [questions[to]!, questions[index]!];
	return withQuestions(content, questions);
}

export function removeQuestion(content: DraftContent, index: number): DraftContent {
	return withQuestions(
		content,
		questionsOf(content).filter((_, i) => i !== index)
	);
}

/** Moves a question to another section: its evidence was that section's, so it starts again. */
export function setQuestionSection(
	content: DraftContent,
	index: number,
	section: string
): DraftContent {
	const q = questionsOf(content)[index];
	if (!q || q.section === section) return content;
	return setQuestion(content, index, { ...q, section, evidence: [] });
}

/** Ticks a sentence as evidence, or unticks it; the evidence stays in the text's order. */
export function toggleEvidence(
	question: DraftQuestion,
	sentence: string,
	sentences: readonly string[]
): DraftQuestion {
	const has = question.evidence.includes(sentence);
	const evidence = has
		? question.evidence.filter((s) => s !== sentence)
		: [...question.evidence, sentence].sort((a, b) => sentences.indexOf(a) - sentences.indexOf(b));
	return { ...question, evidence };
}

/** The actors and events no question says it asks about: the author's work list. */
export function uncovered(
	content: DraftContent,
	actors: readonly { id: string; name: string }[],
	events: readonly { id: string; title: string }[]
): { actors: { id: string; name: string }[]; events: { id: string; title: string }[] } {
	const questions = questionsOf(content);
	const asked = (field: 'actors' | 'events', id: string) =>
		questions.some((q) => Array.isArray(q[field]) && q[field].includes(id));
	return {
		actors: actors.filter((a) => !asked('actors', a.id)),
		events: events.filter((e) => !asked('events', e.id))
	};
}
