/**
 * An object keyed by ids from data, with no prototype: looking up an id it does not hold
 * (even "constructor" or "toString") finds nothing, never a built-in. Every record built from
 * data is made here or is a Map; eslint refuses `{}` and `Object.fromEntries` for them.
 */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
	const record = Object.create(null) as Record<string, T>;
	for (const [key, value] of entries) record[key] = value;
	return record;
}
