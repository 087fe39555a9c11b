import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { inScope, recordsFrom, statusOf, type Attempt } from '$lib/module/progress';

/**
 * Spaced review with FSRS (ts-fsrs): every question a student has finished in their own work
 * becomes a card, first scheduled by how that went; each review then reschedules it. No fuzz,
 * so that the same answers always give the same dates.
 *
 * Reading the section was the learning, so a new card learns in the steps a lapsed card
 * relearns in (ts-fsrs's own relearning steps, 10 minutes): a question right at once leaves
 * learning at its first answer and comes back after FSRS's first interval (days, from its
 * default weights and 90 % retention); a miss comes back after the step, the same day. ts-fsrs's
 * default learning steps (1 and 10 minutes) would bring every right answer back within minutes.
 */
const defaults = generatorParameters();
const scheduler = fsrs({ enable_fuzz: false, learning_steps: defaults.relearning_steps });

/** A review card as kept: the question it asks again, and its FSRS state. */
export interface ReviewCard {
	moduleId: string;
	questionId: string;
	sectionId: string;
	/** When it is next due, in ms since the epoch (indexed). */
	due: number;
	card: Card;
}

/** How a finished question went, as an FSRS rating: a miss comes back soonest. */
export function ratingFor(tries: readonly Pick<Attempt, 'correct'>[]): Grade {
	if (tries[0]?.correct) return Rating.Good;
	if (tries.some((t) => t.correct)) return Rating.Hard;
	return Rating.Again;
}

const stored = (c: Omit<ReviewCard, 'due'>): ReviewCard => ({ ...c, due: c.card.due.getTime() });

/** Cards for the questions finished in the student's own work that have none yet. */
export function newCards(attempts: readonly Attempt[], known: ReadonlySet<string>): ReviewCard[] {
	const own = attempts.filter((a) => inScope(a, null));
	const cards: ReviewCard[] = [];
	for (const moduleId of new Set(own.map((a) => a.moduleId))) {
		const records = recordsFrom(own.filter((a) => a.moduleId === moduleId));
		for (const [questionId, record] of Object.entries(records)) {
			const last = record.tries.at(-1)!;
			if (statusOf(record) !== 'done' || known.has(keyOf(moduleId, questionId))) continue;
			const when = new Date(last.at);
			const card = scheduler.next(createEmptyCard(when), when, ratingFor(record.tries)).card;
			cards.push(stored({ moduleId, questionId, sectionId: last.sectionId, card }));
		}
	}
	return cards;
}

/** The card after a review: right is Good, wrong is Again. */
export function reviewed(card: ReviewCard, correct: boolean, now: Date): ReviewCard {
	const next = scheduler.next(card.card, now, correct ? Rating.Good : Rating.Again).card;
	return stored({ ...card, card: next });
}

export const keyOf = (moduleId: string, questionId: string) => `${moduleId}/${questionId}`;

/** The cards due at `now`, the longest overdue first. */
export const dueCards = (cards: readonly ReviewCard[], now: number) =>
	cards.filter((c) => c.due <= now).sort((a, b) => a.due - b.due);
