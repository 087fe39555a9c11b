import { describe, expect, it } from 'vitest';
import { classify, fill, single, truth } from '$lib/module/fixtures';
import type { Answer, Question } from '$lib/module/types';
import { correlation, itemAnalysis, regrade, type Submission } from './analysis';

// Three questions: q1 (single, key a), q2 (single, key a), q3 (truth, key true).
const questions: Question[] = [
	single('q1'),
	single('q2'),
	{ ...truth('q3'), answer: 'true' } as Question
];
const pick = (choice: string): Answer => ({ type: 'single', choice });
const say = (value: 'true' | 'false' | 'not-stated'): Answer => ({ type: 'truth', value });
const submission = (student: string, answers: [string, Answer][]): Submission => ({
	student,
	attempts: answers.map(([questionId, answer], i) => ({
		questionId,
		sectionId: 's1',
		answer,
		at: i
	}))
});

// Hand-worked class of four:
//   Ann: q1 a (1)      q2 a (1)        q3 true (1)          total 3
//   Ben: q1 b, a (0.5) q2 a (1)        q3 false, true (0.5) total 2
//   Cal: q1 b, b (0)   q2 a (1)        q3 true (1)          total 2
//   Dee: q1 b, b (0)   q2 b, b (0)     q3 false, false (0)  total 0
const ann = submission('Ann', [
	['q1', pick('a')],
	['q2', pick('a')],
	['q3', say('true')]
]);
const ben = submission('Ben', [
	['q1', pick('b')],
	['q1', pick('a')],
	['q2', pick('a')],
	['q3', say('false')],
	['q3', say('true')]
]);
const cal = submission('Cal', [
	['q1', pick('b')],
	['q1', pick('b')],
	['q2', pick('a')],
	['q3', say('true')]
]);
const dee = submission('Dee', [
	['q1', pick('b')],
	['q1', pick('b')],
	['q2', pick('b')],
	['q2', pick('b')],
	['q3', say('false')],
	['q3', say('false')]
]);

describe('re-grading', () => {
	it('scores 1, 0.5 or 0 from the raw answers, in the order given', () => {
		expect(regrade(questions, ann)).toMatchObject({ total: 3, points: { q1: 1, q2: 1, q3: 1 } });
		expect(regrade(questions, ben)).toMatchObject({
			total: 2,
			points: { q1: 0.5, q2: 1, q3: 0.5 }
		});
		expect(regrade(questions, dee).total).toBe(0);
	});

	it('ignores tries after the question was finished, and questions the module does not have', () => {
		const extra = submission('Eve', [
			['q1', pick('a')],
			['q1', pick('b')],
			['q9', pick('a')]
		]);
		const g = regrade(questions, extra);
		expect(g.points).toEqual({ q1: 1, q2: 0, q3: 0 });
		expect(g.firstRight).toEqual({ q1: true });
	});
});

describe('re-grading under an assignment’s rules', () => {
	const at = (round: number, answers: [string, Answer][], from = 0) =>
		answers.map(([questionId, answer], i) => ({
			questionId,
			sectionId: 's1',
			answer,
			at: from + i,
			round
		}));

	it('deferred: the last answer handed in counts, 1 point each; nothing counts before hand-in', () => {
		const attempts = at(1, [
			['q1', pick('b')],
			['q1', pick('a')],
			['q2', pick('b')],
			['q3', say('true')]
		]);
		const handedIn = regrade(questions, {
			student: 'Sam',
			mode: 'deferred',
			attempts,
			closed: [{ sectionId: 's1', round: 1 }]
		});
		expect(handedIn.points).toEqual({ q1: 1, q2: 0, q3: 1 });
		// The item analysis sees the answer handed in, not the first one saved.
		expect(handedIn.firstRight).toEqual({ q1: true, q2: false, q3: true });
		const open = regrade(questions, { student: 'Sam', mode: 'deferred', attempts, closed: [] });
		expect(open.total).toBe(0);
		expect(open.firstRight).toEqual({});
	});

	it('practice: a question right in the end counts, however many tries it took', () => {
		const g = regrade(questions, {
			student: 'Sam',
			mode: 'practice',
			attempts: at(1, [
				['q1', pick('b')],
				['q1', pick('b')],
				['q1', pick('b')],
				['q1', pick('a')],
				['q2', pick('b')]
			])
		});
		expect(g.points).toEqual({ q1: 1, q2: 0, q3: 0 });
		expect(g.firstRight).toEqual({ q1: false, q2: false });
	});

	it('counts the latest round of a section taken again; the analysis keeps the first', () => {
		const g = regrade(questions, {
			student: 'Sam',
			attempts: [
				...at(1, [
					['q1', pick('b')],
					['q1', pick('b')],
					['q2', pick('a')],
					['q3', say('false')],
					['q3', say('false')]
				]),
				...at(
					2,
					[
						['q1', pick('a')],
						['q2', pick('b')],
						['q2', pick('a')],
						['q3', say('true')]
					],
					100
				)
			]
		});
		expect(g.points).toEqual({ q1: 1, q2: 0.5, q3: 1 });
		expect(g.rounds).toEqual({ s1: 2 });
		expect(g.firstRight).toEqual({ q1: false, q2: true, q3: false });
		// The item analysis correlates the first round's points: q2 1, the rest 0.
		expect(g.firstPoints).toEqual({ q1: 0, q2: 1, q3: 0 });
		expect(g.firstTotal).toBe(1);
	});

	it('keeps counting the last finished round while a retake is only begun', () => {
		const g = regrade(questions, {
			student: 'Sam',
			attempts: [
				...at(1, [
					['q1', pick('a')],
					['q2', pick('a')],
					['q3', say('false')],
					['q3', say('false')]
				]),
				...at(2, [['q1', pick('b')]], 100)
			]
		});
		expect(g.rounds).toEqual({ s1: 1 });
		expect(g.total).toBe(2);
	});

	it('ignores hand-in records outside deferred mode, and names deferred sections never handed in', () => {
		const attempts = at(1, [
			['q1', pick('a')],
			['q2', pick('a')],
			['q3', say('true')]
		]);
		const stray = regrade(questions, {
			student: 'Sam',
			attempts,
			closed: [{ sectionId: 's1', round: 5 }]
		});
		expect(stray.total).toBe(3);
		const open = regrade(questions, { student: 'Sam', mode: 'deferred', attempts });
		expect(open.notHandedIn).toEqual(['s1']);
		expect(open.total).toBe(0);
	});
});

describe('item analysis', () => {
	const graded = [ann, ben, cal, dee].map((s) => regrade(questions, s));
	const [q1, q2, q3] = itemAnalysis(questions, graded);

	it('gives the facility as the share right at the first try', () => {
		expect(q1!.facility).toBe(25); // Ann only
		expect(q2!.facility).toBe(75); // Ann, Ben, Cal
		expect(q3!.facility).toBe(50); // Ann, Cal
	});

	it('gives the discrimination as 100 × r(item points, rest of test)', () => {
		// q2: item [1, 1, 1, 0], rest [2, 1, 1, 0]: means 0.75 and 1;
		// Sxy = 0.25·1 + 0.25·0 + 0.25·0 + (-0.75)·(-1) = 1; Sxx = 0.75; Syy = 2; r = 1 / √1.5.
		expect(q2!.discrimination).toBeCloseTo(100 / Math.sqrt(1.5), 6);
		// q1: item [1, 0.5, 0, 0], rest [2, 1.5, 2, 0]: means 0.375 and 1.375;
		// Sxy = 0.625·0.625 + 0.125·0.125 + (-0.375)·0.625 + (-0.375)·(-1.375) = 0.6875;
		// Sxx = 0.6875; Syy = 2.6875; r = 0.6875 / √(0.6875 · 2.6875) = √(11 / 43).
		expect(q1!.discrimination).toBeCloseTo(100 * Math.sqrt(11 / 43), 6);
	});

	it('counts the first answers, so that a common wrong one stands out', () => {
		expect(q1!.answers).toEqual([
			{ text: 'B', count: 3, right: false },
			{ text: 'A', count: 1, right: true }
		]);
		expect(q3!.answers).toEqual([
			{ text: 'True', count: 2, right: true },
			{ text: 'False', count: 2, right: false }
		]);
	});

	it('groups typed answers as the grader does, and lists the parts of an answer most often wrong', () => {
		const asked = [fill('f'), classify('c')];
		const typed = (text: string): Answer => ({ type: 'fill', text });
		const kinds = (k: Record<string, string>) => ({ type: 'classify', kinds: k }) as Answer;
		const students = [
			['saddam  hussein.', { s1: 'fact', s2: 'opinion', s3: 'opinion' }],
			['Saddam Hussein', { s1: 'fact', s2: 'opinion', s3: 'fact' }],
			['Saddam Hussein', { s1: 'fact', s2: 'claim', s3: 'opinion' }],
			['ISIS', { s1: 'opinion', s2: 'opinion', s3: 'opinion' }]
		] as const;
		const class4 = students.map(([text, k], i) =>
			regrade(
				asked,
				submission(`S${i}`, [
					['f', typed(text)],
					['c', kinds(k)]
				])
			)
		);
		const [f, c] = itemAnalysis(asked, class4);
		expect(f!.answers).toEqual([
			{ text: 'Saddam Hussein', count: 3, right: false },
			{ text: 'ISIS', count: 1, right: true }
		]);
		// Only the wrong parts, the most confused first: s2 taken for an opinion by three.
		expect(c!.answers).toEqual([
			{
				part: '"I don\'t rule out anything."',
				text: "Author's opinion",
				count: 3,
				right: false,
				expected: 'Quoted claim'
			},
			{
				part: 'A monumental debacle.',
				text: 'Reported fact',
				count: 1,
				right: false,
				expected: "Author's opinion"
			},
			{
				part: 'Kirkuk was taken.',
				text: "Author's opinion",
				count: 1,
				right: false,
				expected: 'Reported fact'
			}
		]);
	});

	it('has no discrimination where nothing varies, and no facility where nobody answered', () => {
		const same = itemAnalysis(questions, [regrade(questions, ann), regrade(questions, ann)]);
		expect(same[0]!.discrimination).toBeNull();
		expect(itemAnalysis(questions, [])[0]).toMatchObject({ answered: 0, facility: null });
		expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
	});
});
