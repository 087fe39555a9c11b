import * as v from 'valibot';

/** Field schemas for what a file may hold (results and progress files), and for answers in them. */

/**
 * An id names questions, sections and modules, and keys lookups. "constructor" is the one
 * name of this shape an object inherits: refused, so that no id from a file finds a built-in.
 */
export const idSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	v.maxLength(80),
	v.check((id) => !(id in Object.prototype), 'a name reserved by JavaScript')
);
export const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const answerIds = v.pipe(v.array(idSchema), v.maxLength(50));
export const answerRecord = <T extends v.GenericSchema>(value: T) =>
	v.pipe(
		v.record(idSchema, value),
		v.check((r) => Object.keys(r).length <= 50, 'too many entries')
	);

/** How far a device's clock may run ahead of the reader's before its times are taken as forged. */
export const CLOCK_MARGIN_MS = 2 * 24 * 60 * 60 * 1000;
const notFuture = (t: number) => t <= Date.now() + CLOCK_MARGIN_MS;

/** A time in milliseconds since 1970, from a file: a whole number, from 1970 to now (and a margin). */
export const timeSchema = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(0),
	v.check(notFuture, 'a time in the future')
);

/** An ISO timestamp from a file: a real instant, from 1970 to now (and a margin). */
export const instantSchema = v.pipe(
	v.string(),
	v.isoTimestamp(),
	v.check((s) => {
		const t = Date.parse(s);
		return Number.isFinite(t) && t >= 0 && notFuture(t);
	}, 'a time that is not real, or in the future')
);

/** A calendar day, YYYY-MM-DD, that exists: 2024-02-31 does not. */
export const daySchema = v.pipe(
	v.string(),
	v.isoDate(),
	v.check((d) => {
		const t = new Date(`${d}T00:00:00Z`);
		return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
	}, 'a day that does not exist')
);
