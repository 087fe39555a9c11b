import { describe, expect, it } from 'vitest';
import { editors } from '$lib/question-types/editors';
import { isCorrect } from '$lib/question-types/registry';
import type { QuestionFileOf } from '$lib/question-types/types';
import { addActor } from './actors';
import { checkDraft } from './checks';
import { toggleBreak } from './draft';
import { previewQuestion } from './preview';
import {
	addQuestion,
	moveQuestion,
	questionsOf,
	removeQuestion,
	setQuestion,
	setQuestionSection,
	toggleEvidence,
	uncovered
} from './questions';
import { draftFromText } from './read';

const TEXT =
	'Egypt took the canal. Britain protested.\n\nIsrael attacked in October. France joined it.';
const draft = () => addActor(toggleBreak(draftFromText(TEXT, 'd', 1), 1), 'Egypt');
const [first, second] = [0, 1].map((i) => draft().sections[i]!.id) as [string, string];

/** A one-answer question on the first section, written as an author would in the editor. */
function withSingle() {
	const made = addQuestion(draft(), 'single', first, editors.single.blank());
	const q = questionsOf(made.content)[made.index] as QuestionFileOf<'single'>;
	const written: QuestionFileOf<'single'> = {
		...q,
		prompt: 'Who took the canal?',
		hint: 'Read the first sentence.',
		explanation: 'Egypt took it.',
		evidence: ['Egypt took the canal.'],
		options: [
			{ id: 'a', text: 'Egypt' },
			{ id: 'b', text: 'Britain' },
			{ id: 'c', text: 'Israel' }
		],
		answer: 'a'
	};
	return { content: setQuestion(made.content, made.index, written), index: made.index };
}

describe('questions in the studio', () => {
	it('adds a question after the last of its section, with an id of the section', () => {
		const a = addQuestion(draft(), 'truth', second, editors.truth.blank()).content;
		const b = addQuestion(a, 'fill', first, editors.fill.blank());
		const c = addQuestion(b.content, 'order', first, editors.order.blank());
		expect(questionsOf(c.content).map((q) => [q.id, q.type])).toEqual([
			[`q-${first}-1`, 'fill'],
			[`q-${first}-2`, 'order'],
			[`q-${second}-1`, 'truth']
		]);
		expect([b.index, c.index]).toEqual([0, 1]);
	});

	it('moves a question only within its section, and removes one', () => {
		let c = addQuestion(draft(), 'truth', first, editors.truth.blank()).content;
		c = addQuestion(c, 'single', first, editors.single.blank()).content;
		c = addQuestion(c, 'fill', second, editors.fill.blank()).content;
		const types = (x: typeof c) => questionsOf(x).map((q) => q.type);
		expect(types(moveQuestion(c, 0, 1))).toEqual(['single', 'truth', 'fill']);
		expect(types(moveQuestion(c, 1, 1))).toEqual(['truth', 'single', 'fill']);
		expect(types(removeQuestion(c, 0))).toEqual(['single', 'fill']);
	});

	it('keeps ticked evidence in the text’s order, and drops it when the section changes', () => {
		const { content, index } = withSingle();
		const q = questionsOf(content)[index]!;
		const sentences = ['Egypt took the canal.', 'Britain protested.'];
		const both = toggleEvidence(
			toggleEvidence(q, sentences[0]!, sentences),
			sentences[1]!,
			sentences
		);
		expect(both.evidence).toEqual(['Britain protested.']);
		expect(toggleEvidence(both, sentences[0]!, sentences).evidence).toEqual(sentences);
		const moved = setQuestionSection(content, index, second);
		expect(questionsOf(moved)[index]).toMatchObject({ section: second, evidence: [] });
	});

	it('lists the actors and events no question asks about', () => {
		const { content, index } = withSingle();
		const actors = [{ id: 'egypt', name: 'Egypt' }];
		const events = [{ id: 'takes', title: 'Egypt takes the canal' }];
		expect(uncovered(content, actors, events)).toEqual({ actors, events });
		const q = questionsOf(content)[index]!;
		const asked = setQuestion(content, index, { ...q, actors: ['egypt'], events: ['takes'] });
		expect(uncovered(asked, actors, events)).toEqual({ actors: [], events: [] });
	});
});

describe('a question tried in the studio', () => {
	it('is built as the app uses it once its fields are sound, and graded by the app', () => {
		const { content, index } = withSingle();
		const preview = previewQuestion(content, index);
		expect(preview?.evidence).toEqual(['Egypt took the canal.']);
		const question = preview!.question;
		expect(question.type).toBe('single');
		expect(isCorrect(question, { type: 'single', choice: 'a' })).toBe(true);
		expect(isCorrect(question, { type: 'single', choice: 'b' })).toBe(false);
	});

	it('is not built while its evidence is not in its section or its key is broken', () => {
		const { content, index } = withSingle();
		const q = questionsOf(content)[index] as QuestionFileOf<'single'>;
		const elsewhere = setQuestion(content, index, {
			...q,
			evidence: ['Israel attacked in October.']
		});
		expect(previewQuestion(elsewhere, index)).toBeNull();
		expect(previewQuestion(setQuestion(content, index, { ...q, answer: 'z' }), index)).toBeNull();
		expect(previewQuestion(setQuestion(content, index, { ...q, prompt: '' }), index)).toBeNull();
	});
});

describe('the checks of a question', () => {
	it('are placed at the editor’s fields, naming the entry of a list', () => {
		const made = addQuestion(draft(), 'single', first, editors.single.blank());
		const checks = checkDraft(made.content).filter((c) => c.where.startsWith('Question 1 ('));
		const fields = new Set(checks.map((c) => c.field));
		expect(fields).toEqual(
			new Set([
				'questions.0.prompt',
				'questions.0.hint',
				'questions.0.explanation',
				'questions.0.evidence',
				'questions.0.answer'
			])
		);
		const answer = checks.filter((c) => c.field === 'questions.0.answer');
		expect(answer.map((c) => c.message)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^option 1 \(text\): /),
				// No right answer chosen yet: said as what to do, not as the id it lacks.
				'choose the right answer'
			])
		);
		expect(checks.map((c) => c.where)).toContain('Question 1 (hint)');
	});
});
