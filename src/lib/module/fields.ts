import * as v from 'valibot';

/** Field schemas shared by module.yaml's parts and by the question types' own schemas. */

export const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
	// The one such name every object inherits: as an id it would find a built-in, not an entry.
	v.check((x) => !(x in Object.prototype), 'is a name JavaScript keeps for itself: choose another')
);
export const text = (max: number) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max));
export const ids = v.pipe(v.array(id), v.maxLength(60));
/** Whole sentences copied word for word from the article. */
export const evidence = v.pipe(v.array(text(1200)), v.minLength(1), v.maxLength(4));
