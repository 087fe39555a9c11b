import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '$lib/module/base64url';
import { fingerprint } from '$lib/module/hash';
import { feedbackModes, type FeedbackMode } from '$lib/module/rules';
import { daySchema, idSchema } from '$lib/module/answer-fields';
import { cleanName, hasInvisible } from '$lib/module/clean-name';

/**
 * An assignment travels whole inside its link, after the `#`, so it never reaches a server:
 * `<format>.<payload>.<check>`, where the payload is base64url JSON with short keys and the check
 * is a hash of the payload that catches a link cut short or mistyped.
 */
export const LINK_FORMAT = 1;

export { feedbackModes, type FeedbackMode } from '$lib/module/rules';

export interface Assignment {
	module: string;
	/** Section ids, in the module's order. */
	sections: string[];
	mode: FeedbackMode;
	/** Share of the points needed to pass a section, 0 to 100. */
	passMark: number;
	/** YYYY-MM-DD, or none. */
	due: string | null;
	/** Whether a section stays locked until the one before it is passed. */
	locked: boolean;
	title: string;
	className: string;
	/** The class list the teacher pasted: students pick their name from it. None: they type one. */
	roster?: string[];
	/**
	 * For a module shared as a file: its fingerprint, so that a student's device can tell
	 * whether it has the very version assigned. Absent for the site's own modules.
	 */
	file?: string;
}

/**
 * The longest code a link may carry, here, in results files and in progress files alike: a
 * link over it is refused before any work is done under it. It keeps the link in one QR code.
 */
export const MAX_CODE = 2000;

/** The most names a class list may hold, and the longest name. */
export const MAX_ROSTER = 60;
export const MAX_NAME = 60;

const id = idSchema;
// Titles and names as the Assign page writes them (links made before it joined spaces kept
// them): trimmed, and never with hidden characters.
const words = (max: number) =>
	v.pipe(
		v.string(),
		v.maxLength(max),
		v.check((s) => s === s.trim() && !hasInvisible(s), 'hidden characters or spaces around')
	);

/** The payload's shape: short keys keep QR codes small. Unknown keys are refused. */
const Payload = v.strictObject({
	m: id,
	s: v.pipe(v.array(id), v.minLength(1), v.maxLength(50)),
	f: v.picklist(feedbackModes),
	p: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	d: v.nullable(daySchema),
	l: v.boolean(),
	t: v.pipe(words(120), v.nonEmpty()),
	c: words(80),
	r: v.optional(v.pipe(v.array(v.pipe(words(MAX_NAME), v.nonEmpty())), v.maxLength(MAX_ROSTER))),
	k: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)))
});

/**
 * A class list as pasted, one name a line: trimmed, blank lines dropped, and a name repeated
 * (in any case) kept once, since two students under one name could not be told apart.
 */
export function parseRoster(text: string): {
	names: string[];
	repeated: string[];
	tooMany: boolean;
} {
	const names: string[] = [];
	const repeated: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		const name = cleanName(line).slice(0, MAX_NAME);
		if (!name) continue;
		if (names.some((n) => n.toLocaleLowerCase() === name.toLocaleLowerCase())) repeated.push(name);
		else names.push(name);
	}
	return { names: names.slice(0, MAX_ROSTER), repeated, tooMany: names.length > MAX_ROSTER };
}

export type LinkProblem =
	| { kind: 'empty' }
	| { kind: 'malformed' }
	| { kind: 'too-long' }
	| { kind: 'truncated' }
	| { kind: 'newer'; format: number }
	| { kind: 'unknown-module'; module: string }
	| { kind: 'unknown-section'; section: string }
	/** A module shared as a file that this device has not opened, or has in another version. */
	| { kind: 'missing-file' | 'other-version'; module: string };

export class LinkError extends Error {
	constructor(readonly problem: LinkProblem) {
		super(problem.kind);
		this.name = 'LinkError';
	}
}

const check = fingerprint;

type Payload = v.InferOutput<typeof Payload>;

/** The one way a payload is written: keys in this order, optional ones only when they hold something. */
function bodyOf(p: Payload): string {
	const payload: Payload = {
		m: p.m,
		s: p.s,
		f: p.f,
		p: p.p,
		d: p.d,
		l: p.l,
		t: p.t,
		c: p.c,
		// Only when there is a list: a link without one stays as short as before.
		...(p.r?.length ? { r: p.r } : {}),
		...(p.k ? { k: p.k } : {})
	};
	return toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
}

/**
 * The part of an assignment link after `#`. It may be longer than MAX_CODE (a long class
 * list): whoever makes a link checks, as no device would open it.
 */
export function encodeAssignment(a: Assignment): string {
	const body = bodyOf({
		m: a.module,
		s: a.sections,
		f: a.mode,
		p: a.passMark,
		d: a.due,
		l: a.locked,
		t: cleanName(a.title),
		c: cleanName(a.className),
		r: a.roster?.map(cleanName),
		k: a.file
	});
	return `${LINK_FORMAT}.${body}.${check(body)}`;
}

/** What the app knows of its modules, to refuse an assignment for one it does not have. */
export type KnownModules = ReadonlyMap<string, readonly string[]>;

/** Reads an assignment from a link's hash; throws LinkError saying what is wrong. */
export function decodeAssignment(hash: string, modules: KnownModules): Assignment {
	const code = hash.replace(/^#/, '').trim();
	if (code === '') throw new LinkError({ kind: 'empty' });
	if (code.length > MAX_CODE) throw new LinkError({ kind: 'too-long' });
	const parts = code.split('.');
	const format = Number(parts[0]);
	// One assignment has one code: "01" for 1 would make a second class of the same one.
	if (!/^(?:0|[1-9]\d*)$/.test(parts[0] ?? '')) throw new LinkError({ kind: 'malformed' });
	if (format > LINK_FORMAT) throw new LinkError({ kind: 'newer', format });
	if (format !== LINK_FORMAT || parts.length > 3) throw new LinkError({ kind: 'malformed' });
	const [, body = '', sum = ''] = parts;
	if (!/^[A-Za-z0-9_-]*$/.test(body)) throw new LinkError({ kind: 'malformed' });
	// A link cut short loses its end first: the check, or part of the payload it covers.
	if (sum === '' || check(body) !== sum) throw new LinkError({ kind: 'truncated' });

	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body)));
	} catch {
		throw new LinkError({ kind: 'malformed' });
	}
	const parsed = v.safeParse(Payload, data);
	if (!parsed.success) throw new LinkError({ kind: 'malformed' });
	const p = parsed.output;
	// Nor may the payload be written another way (other key order, spaces, spare bits).
	if (bodyOf(p) !== body) throw new LinkError({ kind: 'malformed' });
	const sections = modules.get(p.m);
	// A file module this device lacks, or has in a version without a section assigned: the
	// student is to open the file the teacher shared.
	if (!sections) {
		throw new LinkError({ kind: p.k ? 'missing-file' : 'unknown-module', module: p.m });
	}
	const missing = p.s.find((s) => !sections.includes(s));
	if (missing && p.k) throw new LinkError({ kind: 'other-version', module: p.m });
	if (missing) throw new LinkError({ kind: 'unknown-section', section: missing });
	return {
		module: p.m,
		sections: sections.filter((s) => p.s.includes(s)),
		mode: p.f,
		passMark: p.p,
		due: p.d,
		locked: p.l,
		title: p.t,
		className: p.c,
		...(p.r?.length ? { roster: p.r } : {}),
		...(p.k ? { file: p.k } : {})
	};
}
