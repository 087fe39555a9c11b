import type { Answer, Question } from './types';

/** Lower-cases, strips accents and punctuation at the ends, and folds runs of white space. */
export function normalizeTyped(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, '');
}

const sameSet = (a: string[], b: string[]) =>
	a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

/** Whether an answer is right. An answer of another question's type is never right. */
export function isCorrect(question: Question, answer: Answer): boolean {
	switch (question.type) {
		case 'single':
			return answer.type === 'single' && answer.choice === question.answer;
		case 'multiple':
			return answer.type === 'multiple' && sameSet(answer.choices, question.answer);
		case 'truth':
			return answer.type === 'truth' && answer.value === question.answer;
		case 'match':
			return (
				answer.type === 'match' &&
				Object.keys(answer.pairs).length === question.pairs.length &&
				question.pairs.every((p) => answer.pairs[p.id] === p.id)
			);
		case 'order':
			return (
				answer.type === 'order' &&
				answer.items.length === question.items.length &&
				question.items.every((it, i) => answer.items[i] === it.id)
			);
		case 'fill': {
			if (answer.type !== 'fill') return false;
			const given = normalizeTyped(answer.text);
			return given !== '' && question.accept.some((a) => normalizeTyped(a) === given);
		}
		case 'classify':
			return (
				answer.type === 'classify' &&
				Object.keys(answer.kinds).length === question.statements.length &&
				question.statements.every((s) => answer.kinds[s.id] === s.answer)
			);
		case 'locate':
		case 'speaker':
		case 'relation':
			return answer.type === question.type && answer.choice === question.answer;
	}
}

/** Whether the student has given a whole answer: every part chosen, nothing blank. */
export function isComplete(question: Question, answer: Answer | null): answer is Answer {
	if (!answer || answer.type !== question.type) return false;
	switch (answer.type) {
		case 'single':
			return answer.choice !== '';
		case 'multiple':
			return answer.choices.length > 0;
		case 'truth':
			return true;
		case 'match':
			return question.type === 'match' && question.pairs.every((p) => !!answer.pairs[p.id]);
		case 'order':
			return true;
		case 'fill':
			return answer.text.trim() !== '';
		case 'classify':
			return question.type === 'classify' && question.statements.every((s) => !!answer.kinds[s.id]);
		case 'locate':
		case 'speaker':
		case 'relation':
			return answer.choice !== '';
	}
}

/** Points for a question: 1 if right at the first try, 0.5 at the second, otherwise 0. */
export function pointsFor(results: boolean[]): number {
	if (results[0]) return 1;
	if (results[1]) return 0.5;
	return 0;
}
