import type { ReviewCard } from '$lib/review/schedule';
import { withDatabase } from './storage.svelte';

/**
 * Every review card, cards for newly finished questions added first; null where this browser
 * keeps nothing. The scheduler loads only when asked for: the home page stays small.
 */
export async function reviewCards(): Promise<ReviewCard[] | null> {
	const { db, conn } = await withDatabase();
	if (!(await conn.keeps())) return null;
	const { newCards } = await import('$lib/review/schedule');
	return db.reviewCards(conn, newCards);
}

/** Keeps a card as one review left it, in its own transaction. */
export async function saveReview(card: ReviewCard): Promise<void> {
	const { db, conn } = await withDatabase();
	await db.saveReview(conn, card);
}
