import { m } from '$lib/messages';
import type { Answer, Question } from '$lib/module/types';

/** The answer to start from: an order question starts as shuffled, the rest blank. */
export function blankAnswer(question: Question): Answer | null {
	return question.type === 'order' ? { type: 'order', items: [...question.shuffled] } : null;
}

/** The right answer in words, one line per part. */
export function describeKey(q: Question): string[] {
	switch (q.type) {
		case 'single':
			return q.options.filter((o) => o.id === q.answer).map((o) => o.text);
		case 'multiple':
			return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);
		case 'truth':
			return [m.truth[q.answer]];
		case 'match':
			return q.pairs.map((p) => `${p.left} → ${p.right}`);
		case 'order':
			return q.items.map((it, i) => `${i + 1}. ${it.text}`);
		case 'fill':
			return q.accept.slice(0, 1);
		case 'classify':
			return q.statements.map((s) => `${s.text} → ${m.classifyKinds[s.answer]}`);
		case 'locate':
		case 'speaker':
		case 'relation':
			return q.choices.filter((c) => c.id === q.answer).map((c) => c.text);
	}
}

/** Feedback the module gives for the wrong parts of this answer. */
export function feedbackFor(q: Question, a: Answer): string[] {
	switch (q.type) {
		case 'single':
			return a.type === 'single'
				? q.options
						.filter((o) => o.id === a.choice && o.id !== q.answer && o.feedback)
						.map((o) => o.feedback!)
				: [];
		case 'multiple':
			return a.type === 'multiple'
				? q.options
						.filter((o) => a.choices.includes(o.id) !== q.answer.includes(o.id) && o.feedback)
						.map((o) => o.feedback!)
				: [];
		case 'truth': {
			const text = a.type === 'truth' && a.value !== q.answer ? q.feedback?.[a.value] : undefined;
			return text ? [text] : [];
		}
		case 'classify':
			return a.type === 'classify'
				? q.statements
						.filter((s) => a.kinds[s.id] !== s.answer && s.feedback)
						.map((s) => s.feedback!)
				: [];
		default:
			return [];
	}
}
