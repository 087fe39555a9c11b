/** JSON with keys in a fixed order, so that the same content always gives the same text. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Whether two answers say the same, whatever order their keys were written in. */
export const sameAnswer = (a: unknown, b: unknown) => canonical(a) === canonical(b);
