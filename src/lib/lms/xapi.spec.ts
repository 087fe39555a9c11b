import { describe, expect, it } from 'vitest';
import validate from 'xapi-validation';
import { getModule } from '$lib/server/content';
import { isCorrect } from '$lib/question-types/registry';
import { answeredStatement } from './xapi';
import { largestAnswer } from './testing/answers';

const iraq = getModule('iraq-crisis-2014')!;
const base = {
	learner: { homePage: 'https://lms.school.example', id: 'u-17', name: 'Maya Patel' },
	moduleActivity: 'urn:lectern:iraq-crisis-2014',
	registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
	language: 'en',
	latencyMs: 12_500,
	at: Date.parse('2026-12-07T09:30:00Z')
};

describe('xAPI statements', () => {
	it('are valid xAPI for an answer to every question of the first module', () => {
		iraq.questions.forEach((question, n) => {
			const answer = largestAnswer(question, n);
			const statement = answeredStatement({
				...base,
				statementId: `6d5c7a2e-0000-4000-8000-${String(n).padStart(12, '0')}`,
				question,
				answer,
				right: isCorrect(question, answer)
			});
			expect(validate(statement), question.id).toEqual([]);
		});
		// The validator does find faults: a verb that is not an IRI, a time that is not one.
		const question = iraq.questions[0]!;
		const answer = largestAnswer(question, 0);
		const broken = answeredStatement({
			...base,
			statementId: 'not-a-uuid',
			question,
			answer,
			right: false
		});
		expect(
			validate({ ...broken, timestamp: 'yesterday', verb: { id: 'answered' } }).length
		).toBeGreaterThanOrEqual(3);
	});

	it('say who answered what, how, and whether it was right', () => {
		const question = iraq.questions.find((q) => q.type === 'multiple')!;
		const s = answeredStatement({
			...base,
			statementId: '6d5c7a2e-0000-4000-8000-000000000001',
			question,
			answer: { type: 'multiple', choices: ['b', 'a'] },
			right: false
		});
		expect(s).toMatchObject({
			actor: {
				account: { homePage: 'https://lms.school.example', name: 'u-17' },
				name: 'Maya Patel'
			},
			verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
			object: {
				id: `urn:lectern:iraq-crisis-2014/question/${question.id}`,
				definition: { interactionType: 'choice', name: { en: question.prompt } }
			},
			result: { success: false, response: 'a[,]b', duration: 'PT12.5S' },
			context: { registration: base.registration },
			timestamp: '2026-12-07T09:30:00.000Z'
		});
	});
});
