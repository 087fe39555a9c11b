import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { attempt, single } from '$lib/module/fixtures';
import { newCards, type ReviewCard } from '$lib/review/schedule';
import { currentCard, reviewSessionMachine } from './review-session';

const questions = [single('q1'), single('q2')];
const right = { type: 'single', choice: 'a' } as const;
const wrong = { type: 'single', choice: 'b' } as const;
const T0 = Date.parse('2026-11-20T10:00:00Z');
// Two questions finished a week before the review, so both are due.
const due = () =>
	newCards(
		questions.map((q, i) => attempt(q.id, true, { sectionId: 's1', at: T0 - 7 * 86_400_000 + i })),
		new Set()
	);

function start(opts: { cards?: ReviewCard[] | null; fail?: string } = {}) {
	const saved: ReviewCard[] = [];
	const machine = reviewSessionMachine.provide({
		actors: {
			loadCards: fromPromise(async () => (opts.cards === undefined ? due() : opts.cards)),
			saveReview: fromPromise<void, ReviewCard>(async ({ input }) => {
				if (opts.fail) throw new Error(opts.fail);
				saved.push(input);
			})
		}
	});
	const actor = createActor(machine, { input: { now: T0 } }).start();
	return { actor, saved };
}

const question = (id: string) => questions.find((q) => q.id === id)!;

describe('reviewSessionMachine', () => {
	it('asks each due card once, saves its new schedule, and moves on only when told', async () => {
		const { actor, saved } = start();
		await waitFor(actor, (s) => s.matches('answering'));
		const first = currentCard(actor.getSnapshot().context)!;
		actor.send({
			type: 'answer.check',
			question: question(first.questionId),
			answer: wrong,
			at: T0
		});
		const answered = await waitFor(actor, (s) => s.matches('answered'));
		expect(answered.context.outcome).toMatchObject({ correct: false, saved: true });
		expect(saved.map((c) => c.questionId)).toEqual([first.questionId]);
		// Still the same card on screen until the student moves on.
		expect(currentCard(answered.context)?.questionId).toBe(first.questionId);
		actor.send({ type: 'card.next' });
		const next = currentCard(actor.getSnapshot().context)!;
		// The missed card is due again soon, but not straight away.
		expect(next.questionId).not.toBe(first.questionId);
		expect(actor.getSnapshot().context.done).toBe(1);
	});

	it('a save that fails still shows the feedback and says why', async () => {
		const { actor } = start({ fail: 'quota' });
		await waitFor(actor, (s) => s.matches('answering'));
		const card = currentCard(actor.getSnapshot().context)!;
		const heard: unknown[] = [];
		actor.on('review.settled', (e) => heard.push(e.outcome.problem));
		actor.send({
			type: 'answer.check',
			question: question(card.questionId),
			answer: right,
			at: T0
		});
		const s = await waitFor(actor, (x) => x.matches('answered'));
		expect(s.context.outcome).toMatchObject({ correct: true, saved: false, problem: 'quota' });
		expect(heard).toEqual(['quota']);
	});

	it('a browser that keeps nothing ends in notKept; an unreadable one in failed', async () => {
		const none = start({ cards: null });
		await waitFor(none.actor, (s) => s.matches('notKept'));
		const machine = reviewSessionMachine.provide({
			actors: {
				loadCards: fromPromise(async (): Promise<ReviewCard[] | null> => {
					throw new Error('failed');
				})
			}
		});
		const broken = createActor(machine, { input: { now: T0 } }).start();
		const s = await waitFor(broken, (x) => x.matches('failed'));
		expect(s.context.problem).toBe('failed');
	});
});
