/** A small deterministic PRNG (mulberry32) seeded from a string, so builds are reproducible. */
function seeded(seed: string): () => number {
	let h = 1779033703 ^ seed.length;
	for (let i = 0; i < seed.length; i++) {
		h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	let a = h >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Shuffles a copy of `items` the same way every time for the same seed, and never returns the
 * original order (when there are two or more items), so an order question never starts solved.
 */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	const random = seeded(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as T);
	return out;
}
