import { assertEvent, assign, emit, fromPromise, setup } from 'xstate';
import { isCorrect } from '$lib/question-types/registry';
import type { Answer, Question } from '$lib/module/types';
import { dueCards, keyOf, reviewed, type ReviewCard } from '$lib/review/schedule';

/** The card just reviewed: what was answered, and whether its new schedule was kept. */
export interface ReviewOutcome {
	/** The card as the review left it; it takes its place in the list when the student moves on. */
	card: ReviewCard;
	answer: Answer;
	correct: boolean;
	at: number;
	saved: boolean;
	/** Why saving failed (a storage problem), when it did. */
	problem: string | null;
}

export interface ReviewContext {
	cards: ReviewCard[];
	/** The time the due list is worked out at: a card missed again is not asked twice in a row. */
	now: number;
	done: number;
	outcome: ReviewOutcome | null;
	/** Why the cards could not be read. */
	problem: string | null;
}

export type ReviewEvent =
	{ type: 'answer.check'; question: Question; answer: Answer; at: number } | { type: 'card.next' };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The card being asked, if any is due. */
export const currentCard = (c: Pick<ReviewContext, 'cards' | 'now'>): ReviewCard | undefined =>
	dueCards(c.cards, c.now)[0];

/**
 * The review page's flow: read the cards, then one due card at a time, answered, its new
 * schedule saved in its own transaction, then its feedback until the student moves on. Pure:
 * the page supplies reading and saving with `.provide()`.
 */
export const reviewSessionMachine = setup({
	types: {
		input: {} as { now: number },
		context: {} as ReviewContext,
		events: {} as ReviewEvent,
		emitted: {} as { type: 'review.settled'; outcome: ReviewOutcome }
	},
	actors: {
		// Every card (new ones added first); null where the browser keeps nothing.
		loadCards: fromPromise<ReviewCard[] | null>(async () => {
			throw new Error('loadCards was not provided');
		}),
		// Resolves once the card is committed.
		saveReview: fromPromise<void, ReviewCard>(async () => {
			throw new Error('saveReview was not provided');
		})
	},
	actions: {
		answer: assign(({ context, event }) => {
			assertEvent(event, 'answer.check');
			const card = currentCard(context) as ReviewCard;
			const correct = isCorrect(event.question, event.answer);
			return {
				outcome: {
					card: reviewed(card, correct, new Date(event.at)),
					answer: event.answer,
					correct,
					at: event.at,
					saved: false,
					problem: null
				}
			};
		}),
		settle: assign(({ context }, params: { problem: string | null }) => ({
			outcome: context.outcome && {
				...context.outcome,
				saved: params.problem === null,
				problem: params.problem
			}
		})),
		told: emit(({ context }) => ({
			type: 'review.settled' as const,
			outcome: context.outcome as ReviewOutcome
		})),
		moveOn: assign(({ context }) => {
			const next = context.outcome?.card;
			const key = next && keyOf(next.moduleId, next.questionId);
			return {
				cards: next
					? context.cards.map((c) => (keyOf(c.moduleId, c.questionId) === key ? next : c))
					: context.cards,
				done: context.done + 1,
				outcome: null
			};
		})
	},
	guards: {
		hasCard: ({ context }) => currentCard(context) !== undefined
	}
}).createMachine({
	id: 'reviewSession',
	context: ({ input }) => ({ cards: [], now: input.now, done: 0, outcome: null, problem: null }),
	initial: 'loading',
	states: {
		loading: {
			invoke: {
				src: 'loadCards',
				onDone: [
					{ guard: ({ event }) => event.output === null, target: 'notKept' },
					{ target: 'answering', actions: assign({ cards: ({ event }) => event.output ?? [] }) }
				],
				onError: {
					target: 'failed',
					actions: assign({ problem: ({ event }) => errorText(event.error) })
				}
			}
		},
		notKept: { type: 'final' },
		failed: { type: 'final' },
		answering: {
			on: { 'answer.check': { guard: 'hasCard', target: 'saving', actions: 'answer' } }
		},
		saving: {
			invoke: {
				src: 'saveReview',
				input: ({ context }) => (context.outcome as ReviewOutcome).card,
				onDone: {
					target: 'answered',
					actions: [{ type: 'settle', params: { problem: null } }, 'told']
				},
				onError: {
					target: 'answered',
					actions: [
						{ type: 'settle', params: ({ event }) => ({ problem: errorText(event.error) }) },
						'told'
					]
				}
			}
		},
		answered: {
			on: { 'card.next': { target: 'answering', actions: 'moveOn' } }
		}
	}
});
