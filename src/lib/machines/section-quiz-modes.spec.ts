import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type ActorRefFrom } from 'xstate';
import { single } from '$lib/module/fixtures';
import type { Attempt } from '$lib/module/progress';
import type { Answer } from '$lib/module/types';
import {
	sectionQuizMachine,
	sectionScore,
	type QuizRules,
	type SaveResult,
	type SectionClose
} from './section-quiz';

const questions = [single('q1'), single('q2')];
const right = { type: 'single', choice: 'a' } as const;
const wrong = { type: 'single', choice: 'b' } as const;
const CODE = '1.abc.xyz';

type Quiz = ActorRefFrom<typeof sectionQuizMachine>;
let clock = 500_000;
const check = (actor: Quiz, answer: Answer) =>
	actor.send({ type: 'answer.check', answer, at: ++clock });

/** A quiz under an assignment's rules, writing to arrays as the page writes to IndexedDB. */
function start(
	rules: Partial<QuizRules>,
	opts: { log?: Attempt[]; closed?: number[]; closeFails?: string } = {}
) {
	const log: Attempt[] = [];
	const closes: SectionClose[] = [];
	const machine = sectionQuizMachine.provide({
		actors: {
			saveAttempt: fromPromise<SaveResult, Attempt>(async ({ input }) => {
				const stored = { ...input, id: `row-${log.length + 1}` };
				log.push(stored);
				return { attempt: stored, kept: true };
			}),
			closeSection: fromPromise<void, SectionClose>(async ({ input }) => {
				if (opts.closeFails) throw new Error(opts.closeFails);
				closes.push(input);
			})
		}
	});
	const actor = createActor(machine, {
		input: {
			moduleId: 'm',
			sectionId: 's1',
			questions,
			rules: { mode: 'immediate', assignment: CODE, passMark: 0, ...rules }
		}
	}).start();
	actor.send({ type: 'progress.restored', attempts: opts.log ?? [], closed: opts.closed ?? [] });
	const settle = () =>
		waitFor(actor, (s) => !s.matches({ question: 'saving' }) && !s.matches('closing'));
	/** Checks an answer and waits until the quiz has settled it. */
	const answer = async (given: Answer) => {
		check(actor, given);
		await settle();
	};
	return { actor, log, closes, settle, answer };
}

/** An answer already in the log when the quiz opens: question 1, right at the first try. */
const logged = (extra: Partial<Attempt>): Attempt => ({
	moduleId: 'm',
	sectionId: 's1',
	questionId: 'q1',
	answer: right,
	correct: true,
	try: 1,
	at: 1,
	...extra
});

const score = (actor: Quiz) => sectionScore(actor.getSnapshot().context);

describe('sectionQuizMachine under an assignment', () => {
	it('tags every attempt with the assignment and the round, and ignores other scopes', async () => {
		const own = logged({ at: 1, id: 'own' });
		const { actor, log, answer } = start({}, { log: [own] });
		// The student's own earlier work does not count for the assignment.
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		await answer(right);
		expect(log[0]).toMatchObject({ assignment: CODE, round: 1, try: 1, correct: true });
	});

	describe('deferred mode', () => {
		it('saves an answer without checking it, and lets the student change it', async () => {
			const { actor, log, answer } = start({ mode: 'deferred' });
			await answer(wrong);
			const snap = actor.getSnapshot();
			expect(snap.matches({ question: 'saved' })).toBe(true);
			expect(log).toHaveLength(1);
			expect(score(actor)).toMatchObject({ done: 0, points: 0 });
			await answer(right);
			expect(actor.getSnapshot().matches({ question: 'saved' })).toBe(true);
			expect(log.map((a) => a.try)).toEqual([1, 2]);
		});

		it('saves a change made before the log arrived, on a question already answered', async () => {
			const earlier = logged({
				answer: wrong,
				correct: false,
				at: 10,
				assignment: CODE,
				round: 1,
				id: 'r-1'
			});
			const log: Attempt[] = [];
			const machine = sectionQuizMachine.provide({
				actors: {
					saveAttempt: fromPromise<SaveResult, Attempt>(async ({ input }) => {
						log.push(input);
						return { attempt: { ...input, id: 'r-2' }, kept: true };
					})
				}
			});
			const actor = createActor(machine, {
				input: {
					moduleId: 'm',
					sectionId: 's1',
					questions,
					rules: { mode: 'deferred', assignment: CODE, passMark: 0 }
				}
			}).start();
			check(actor, right);
			actor.send({ type: 'progress.restored', attempts: [earlier], closed: [] });
			await waitFor(actor, (s) => s.matches({ question: 'saved' }) && log.length === 1);
			expect(log[0]).toMatchObject({ answer: right, try: 2, round: 1 });
		});

		it('lets the student skip a question and reach the hand-in screen', () => {
			const { actor } = start({ mode: 'deferred' });
			actor.send({ type: 'question.next' });
			expect(actor.getSnapshot().context.index).toBe(1);
			actor.send({ type: 'question.next' });
			expect(actor.getSnapshot().matches('summary')).toBe(true);
		});

		it('opens the hand-in screen from any question, but not while an answer is being saved', async () => {
			const { actor, settle } = start({ mode: 'deferred' });
			check(actor, right);
			actor.send({ type: 'section.review' });
			expect(actor.getSnapshot().matches({ question: 'saving' })).toBe(true);
			await settle();
			actor.send({ type: 'section.review' });
			expect(actor.getSnapshot().matches('summary')).toBe(true);
			const immediate = start({});
			immediate.actor.send({ type: 'section.review' });
			expect(immediate.actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		});

		it('checks every answer when the section is handed in: the latest answer counts, 1 point each', async () => {
			const { actor, closes, settle, answer } = start({ mode: 'deferred' });
			await answer(wrong);
			await answer(right);
			actor.send({ type: 'question.next' });
			await answer(wrong);
			actor.send({ type: 'question.next' });
			expect(actor.getSnapshot().matches('summary')).toBe(true);
			actor.send({ type: 'section.close', at: 900 });
			await settle();
			expect(closes).toEqual([
				{ assignment: CODE, moduleId: 'm', sectionId: 's1', round: 1, at: 900 }
			]);
			expect(actor.getSnapshot().matches('summary')).toBe(true);
			expect(score(actor)).toMatchObject({ done: 2, points: 1, missed: ['q2'] });
		});

		it('shows a handed-in question as answered and takes no new answer', async () => {
			const { actor, log, settle, answer } = start({ mode: 'deferred' });
			await answer(right);
			actor.send({ type: 'question.next' });
			actor.send({ type: 'question.next' });
			actor.send({ type: 'section.close', at: 900 });
			await settle();
			actor.send({ type: 'question.goto', index: 0 });
			expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
			check(actor, wrong);
			expect(log).toHaveLength(1);
			actor.send({ type: 'question.goto', index: 1 });
			expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		});

		it('stays open, saying why, when handing in fails', async () => {
			const { actor, settle } = start({ mode: 'deferred' }, { closeFails: 'QuotaExceededError' });
			actor.send({ type: 'question.next' });
			actor.send({ type: 'question.next' });
			actor.send({ type: 'section.close', at: 900 });
			await settle();
			const snap = actor.getSnapshot();
			expect(snap.matches('summary')).toBe(true);
			expect(snap.context.closeError).toBe('QuotaExceededError');
			expect(snap.context.closedRounds).toEqual([]);
		});

		it('reopens a handed-in section at its results, and an open one at its first unanswered question', () => {
			const saved = (questionId: string): Attempt => ({
				moduleId: 'm',
				sectionId: 's1',
				questionId,
				answer: right,
				correct: true,
				try: 1,
				at: 10,
				assignment: CODE,
				round: 1,
				id: `r-${questionId}`
			});
			const open = start({ mode: 'deferred' }, { log: [saved('q1')] });
			expect(open.actor.getSnapshot().context.index).toBe(1);
			expect(open.actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
			const closed = start({ mode: 'deferred' }, { log: [saved('q1')], closed: [1] });
			expect(closed.actor.getSnapshot().matches('summary')).toBe(true);
			expect(score(closed.actor)).toMatchObject({ done: 2, points: 1 });
		});

		it('does not hand in outside an assignment or twice', async () => {
			const { actor, closes, settle } = start({ mode: 'deferred' });
			actor.send({ type: 'question.next' });
			actor.send({ type: 'question.next' });
			actor.send({ type: 'section.close', at: 1 });
			await settle();
			actor.send({ type: 'section.close', at: 2 });
			await settle();
			expect(closes).toHaveLength(1);
		});
	});

	describe('practice mode', () => {
		it('gives unlimited tries until the answer is right, and counts the question done then', async () => {
			const { actor, log, answer } = start({ mode: 'practice' });
			for (let i = 0; i < 4; i++) {
				await answer(wrong);
				expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
			}
			await answer(right);
			expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
			expect(log.map((a) => a.try)).toEqual([1, 2, 3, 4, 5]);
			expect(score(actor)).toMatchObject({ done: 1 });
		});

		it('lets the student move on from a question not yet right', async () => {
			const { actor, answer } = start({ mode: 'practice' });
			await answer(wrong);
			actor.send({ type: 'question.next' });
			expect(actor.getSnapshot().context.index).toBe(1);
		});

		it('offers no retake: practice has no pass mark to miss', async () => {
			const { actor, answer } = start({ mode: 'practice', passMark: 100 });
			for (let i = 0; i < 2; i++) {
				await answer(wrong);
				await answer(right);
				actor.send({ type: 'question.next' });
			}
			expect(actor.getSnapshot().matches('summary')).toBe(true);
			actor.send({ type: 'section.retake' });
			expect(actor.getSnapshot().matches('summary')).toBe(true);
		});
	});

	describe('pass mark and retakes', () => {
		async function finishWith(
			{ actor, answer }: { actor: Quiz; answer: (a: Answer) => Promise<void> },
			answers: Answer[]
		) {
			for (const given of answers) {
				await answer(given);
				actor.send({ type: 'question.next' });
			}
		}

		it('lets a student who missed the pass mark take the section again, as a new round', async () => {
			const quiz = start({ passMark: 75 });
			const { actor, log } = quiz;
			await finishWith(quiz, [right, wrong, wrong]);
			expect(actor.getSnapshot().matches('summary')).toBe(true);
			expect(score(actor).points).toBe(1);
			actor.send({ type: 'section.retake' });
			const snap = actor.getSnapshot();
			expect(snap.matches({ question: 'answering' })).toBe(true);
			expect(snap.context.round).toBe(2);
			expect(snap.context.index).toBe(0);
			await finishWith(quiz, [right, right]);
			expect(score(actor).points).toBe(2);
			expect(log.slice(-2).map((a) => [a.round, a.try])).toEqual([
				[2, 1],
				[2, 1]
			]);
		});

		it('offers no retake once the section is passed, nor outside an assignment', async () => {
			const passed = start({ passMark: 50 });
			await finishWith(passed, [right, wrong, wrong]);
			passed.actor.send({ type: 'section.retake' });
			expect(passed.actor.getSnapshot().context.round).toBe(1);
			const own = start({ assignment: null, passMark: 100 });
			await finishWith(own, [wrong, wrong, wrong, wrong]);
			own.actor.send({ type: 'section.retake' });
			expect(own.actor.getSnapshot().context.round).toBe(1);
		});

		it('reopens in the latest round, and a later read never moves it back', async () => {
			const row = (round: number, questionId: string, correct: boolean): Attempt => ({
				moduleId: 'm',
				sectionId: 's1',
				questionId,
				answer: correct ? right : wrong,
				correct,
				try: 1,
				at: round * 100,
				assignment: CODE,
				round,
				id: `r${round}-${questionId}`
			});
			const log = [row(1, 'q1', false), row(1, 'q2', true), row(2, 'q1', true)];
			const { actor } = start({ passMark: 100 }, { log });
			const snap = actor.getSnapshot();
			expect(snap.context.round).toBe(2);
			expect(snap.context.index).toBe(1);
			expect(Object.keys(snap.context.records)).toEqual(['q1']);
			actor.send({ type: 'progress.restored', attempts: log.slice(0, 2) });
			expect(actor.getSnapshot().context.round).toBe(2);
			// Another tab's answer from an earlier round never lands in this one.
			actor.send({ type: 'progress.restored', attempts: [...log, row(1, 'q2', false)] });
			expect(Object.keys(actor.getSnapshot().context.records)).toEqual(['q1']);
		});
	});
});
