/**
 * Edits of the lists inside a question (options, pairs, items, statements): each returns a new
 * list, so that a question's editor hands the studio a whole new question and undo can bring the
 * old one back.
 */

export const setAt = <T>(list: readonly T[], index: number, value: T): T[] =>
	list.map((x, i) => (i === index ? value : x));

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
	list.filter((_, i) => i !== index);

/** Moves entry `index` one place earlier (-1) or later (+1); at an end it stays. */
export function moveAt<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
	const to = index + by;
	if (to < 0 || to >= list.length) return [...list];
	const next = [...list];
	[next[index], next[to]] = [next[to]!, next[index]!];
	return next;
}

/** Adds `value` to a list of ids, or takes it out where it is there. */
export const toggle = (list: readonly string[], value: string): string[] =>
	list.includes(value) ? list.filter((x) => x !== value) : [...list, value];

/** The first of a, b, c… (then a2, b2…) that no entry uses: option ids as authors write them. */
export function nextLetter(taken: readonly string[]): string {
	for (let round = 1; ; round++)
		for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
			const id = round === 1 ? letter : `${letter}${round}`;
			if (!taken.includes(id)) return id;
		}
}
