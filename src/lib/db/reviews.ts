import type { ReviewCard } from '$lib/review/schedule';
import type { Connection } from './connection';
import type { StoredAttempt } from './entities';

/**
 * Every review card, after adding, in one transaction, cards for finished questions that have
 * none yet (made by `make` from the log as it is inside that transaction).
 */
export function reviewCards(
	conn: Connection,
	make: (log: StoredAttempt[], known: Set<string>) => ReviewCard[]
): Promise<ReviewCard[]> {
	return conn.run((db) =>
		db.transaction('rw', db.attempts, db.reviews, async () => {
			const cards = await db.reviews.toArray();
			const known = new Set(cards.map((c) => `${c.moduleId}/${c.questionId}`));
			const added = make(await db.attempts.toArray(), known);
			if (added.length) await db.reviews.bulkAdd(added);
			return [...cards, ...added];
		})
	);
}

/** Keeps a card as one review left it, in its own transaction. */
export function saveReview(conn: Connection, card: ReviewCard): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.reviews, () => db.reviews.put(card));
	});
}
