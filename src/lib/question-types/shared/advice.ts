/**
 * Giveaway patterns shared by the types' advice: an answer told apart by its length or its
 * punctuation rather than by reading. Thresholds are for warnings, so they err towards saying.
 */

/** An option this much longer than every other stands out at a glance. */
export const STANDS_OUT = 1.3;

/** Whether `key` is longer than every text in `others` by the STANDS_OUT ratio. */
export const standsOut = (key: string, others: readonly string[]) =>
	others.length > 0 && key.length >= STANDS_OUT * Math.max(...others.map((o) => o.length));

/** Whether `key` is the longest of all, ties included. */
export const isLongest = (key: string, others: readonly string[]) =>
	others.every((o) => key.length >= o.length);

/** "11 of 15" when more than half of at least four questions share a pattern; null otherwise. */
export function mostOf(count: number, total: number): string | null {
	return total >= 4 && count > total / 2 ? `${count} of ${total}` : null;
}
