import { createActor, fromPromise, type Actor } from 'xstate';
import {
	currentCard,
	reviewSessionMachine,
	type ReviewEvent,
	type ReviewOutcome
} from '$lib/machines/review-session';
import { askable, type AskedIn } from '$lib/review/modules';
import { dueCards, type ReviewCard } from '$lib/review/schedule';
import { ActorState } from './actor.svelte';
import { reviewCards, saveReview } from './reviews';

/**
 * The review page's machine with its reading and saving supplied. The page loads this module
 * once it is shown: the machine and the scheduler stay out of its start-up JS. Only cards of
 * the `modules` on this device are asked (the site's, and those opened from a file, known once
 * read).
 */
export class ReviewSession {
	readonly #state: ActorState<Actor<typeof reviewSessionMachine>>;

	constructor(modules: Promise<readonly AskedIn[]>) {
		const loadCards = async () => {
			const [cards, known] = await Promise.all([reviewCards(), modules]);
			return cards && askable(cards, known);
		};
		this.#state = new ActorState(
			createActor(
				reviewSessionMachine.provide({
					actors: {
						loadCards: fromPromise(loadCards),
						saveReview: fromPromise<void, ReviewCard>(({ input }) => saveReview(input))
					}
				}),
				{ input: { now: Date.now() } }
			).start()
		);
	}

	get snapshot() {
		return this.#state.snapshot;
	}

	/** The card being asked, if any is due. */
	get current(): ReviewCard | undefined {
		return currentCard(this.#state.snapshot.context);
	}

	/** How many cards are due, the current one included. */
	get dueCount(): number {
		const { cards, now } = this.#state.snapshot.context;
		return dueCards(cards, now).length;
	}

	/** When the next card is due, once this session is over; null with no cards at all. */
	get nextDue(): number | null {
		const { cards } = this.#state.snapshot.context;
		return cards.length ? Math.min(...cards.map((c) => c.due)) : null;
	}

	send(event: ReviewEvent) {
		this.#state.actor.send(event);
	}

	/** Calls `listener` once each review's write has settled; returns the unsubscribe. */
	onSettled(listener: (outcome: ReviewOutcome) => void): () => void {
		return this.#state.actor.on('review.settled', (e) => queueMicrotask(() => listener(e.outcome)))
			.unsubscribe;
	}

	stop() {
		this.#state.stop();
	}
}
