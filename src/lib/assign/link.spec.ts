import { describe, expect, it } from 'vitest';
import {
	decodeAssignment,
	encodeAssignment,
	LinkError,
	MAX_CODE,
	parseRoster,
	type Assignment
} from './link';
import { fingerprint } from '$lib/module/hash';

const modules = new Map([['iraq', ['offensive', 'us-response', 'kirkuk']]]);
const assignment: Assignment = {
	module: 'iraq',
	sections: ['offensive', 'kirkuk'],
	mode: 'deferred',
	passMark: 60,
	due: '2026-12-01',
	locked: true,
	title: 'Reading: Iraq, June 2014 — “crisis” week',
	className: 'Year 10 B'
};
const problem = (hash: string) => {
	try {
		decodeAssignment(hash, modules);
	} catch (e) {
		if (e instanceof LinkError) return e.problem;
		throw e;
	}
	throw new Error('decoded');
};

describe('assignment links', () => {
	it('round-trips every rule, including text outside ASCII', () => {
		const code = encodeAssignment(assignment);
		expect(code).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
		expect(decodeAssignment(`#${code}`, modules)).toEqual(assignment);
	});

	it('stays short enough for a QR code', () => {
		expect(encodeAssignment(assignment).length).toBeLessThan(300);
	});

	it('carries a class list, and a link for a class of 30 still fits a QR code', () => {
		const roster = Array.from({ length: 30 }, (_, i) => `Student Name ${i + 1}`);
		const code = encodeAssignment({ ...assignment, roster });
		expect(decodeAssignment(code, modules).roster).toEqual(roster);
		// A QR code holds up to 2,953 bytes; a phone camera reads one of about 1,000 well.
		expect(code.length).toBeLessThan(1200);
		expect(decodeAssignment(encodeAssignment(assignment), modules).roster).toBeUndefined();
	});

	it('names a module shared as a file by its fingerprint, and says when a device lacks that version', () => {
		const file = { ...assignment, module: 'suez', sections: ['canal'], file: '0123456789abcdef' };
		const code = encodeAssignment(file);
		const known = (sections: string[]) => new Map([...modules, ['suez', sections]]);
		expect(decodeAssignment(code, known(['canal', 'war']))).toEqual(file);
		const problemWith = (m: Map<string, string[]>) => {
			try {
				decodeAssignment(code, m);
			} catch (e) {
				return e instanceof LinkError ? e.problem : e;
			}
		};
		expect(problemWith(modules)).toEqual({ kind: 'missing-file', module: 'suez' });
		expect(problemWith(known(['war']))).toEqual({ kind: 'other-version', module: 'suez' });
		// A site module's link carries no fingerprint, and a missing one is still unknown.
		expect(decodeAssignment(encodeAssignment(assignment), modules).file).toBeUndefined();
		expect(problem(encodeAssignment({ ...assignment, module: 'gone' }))).toEqual({
			kind: 'unknown-module',
			module: 'gone'
		});
	});

	it('reads a pasted class list: trimmed, blank lines dropped, a name in another case kept once', () => {
		expect(parseRoster(' Maya Patel \n\nBen  Ng\r\nmaya patel\n')).toEqual({
			names: ['Maya Patel', 'Ben Ng'],
			repeated: ['maya patel'],
			tooMany: false
		});
		expect(parseRoster(Array.from({ length: 61 }, (_, i) => `S${i}`).join('\n')).tooMany).toBe(
			true
		);
	});

	it('puts the sections back in the module’s order', () => {
		const code = encodeAssignment({ ...assignment, sections: ['kirkuk', 'offensive'] });
		expect(decodeAssignment(code, modules).sections).toEqual(['offensive', 'kirkuk']);
	});

	it('says a link is cut short when its end is missing', () => {
		const code = encodeAssignment(assignment);
		expect(problem(code.slice(0, code.lastIndexOf('.')))).toEqual({ kind: 'truncated' });
		expect(problem(code.slice(0, 20))).toEqual({ kind: 'truncated' });
		const [format, body, sum] = code.split('.');
		expect(problem(`${format}.${body!.slice(0, -3)}.${sum}`)).toEqual({ kind: 'truncated' });
	});

	it('refuses what is not a link of ours', () => {
		expect(problem('')).toEqual({ kind: 'empty' });
		expect(problem('#hello')).toEqual({ kind: 'malformed' });
		expect(problem('#1.@@@.x')).toEqual({ kind: 'malformed' });
		expect(problem('#1.e30')).toEqual({ kind: 'truncated' });
	});

	it('refuses a payload that checks out but breaks the rules of the format', () => {
		const code = encodeAssignment(assignment);
		const json = JSON.parse(atob(code.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
		const remake = (payload: object | string) => {
			const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
			const body = btoa(unescape(encodeURIComponent(text)))
				.replace(/\+/g, '-')
				.replace(/\//g, '_')
				.replace(/=+$/, '');
			// Recompute the check the way the app does, through a real encode of the same body.
			let h = 0x811c9dc5;
			for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
			return `1.${body}.${(h >>> 0).toString(36)}`;
		};
		expect(json.f).toBe('deferred');
		expect(problem(remake({ ...json, f: 'exam' }))).toEqual({ kind: 'malformed' });
		expect(problem(remake({ ...json, extra: 1 }))).toEqual({ kind: 'malformed' });
		expect(problem(remake({ ...json, p: 101 }))).toEqual({ kind: 'malformed' });
		const hostile = JSON.stringify(json).replace('{', '{"__proto__":{"polluted":true},');
		expect(problem(remake(hostile))).toEqual({ kind: 'malformed' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('names a module or section the app does not have', () => {
		const other = encodeAssignment({ ...assignment, module: 'gaza-2009' });
		expect(problem(other)).toEqual({ kind: 'unknown-module', module: 'gaza-2009' });
		const gone = encodeAssignment({ ...assignment, sections: ['offensive', 'epilogue'] });
		expect(problem(gone)).toEqual({ kind: 'unknown-section', section: 'epilogue' });
	});

	it('says a link was made by a newer Lectern', () => {
		expect(problem(`#2.${encodeAssignment(assignment).slice(2)}`)).toEqual({
			kind: 'newer',
			format: 2
		});
	});
});

describe('the links the benchmark and the e2e fixtures make in Node', () => {
	it('are the links the app makes, and read back the same', async () => {
		const { linkCode, linkPayload } = await import('../../../scripts/results-fixtures.mjs');
		const payload = {
			m: assignment.module,
			s: assignment.sections,
			f: assignment.mode,
			p: assignment.passMark,
			d: assignment.due,
			l: assignment.locked,
			t: assignment.title,
			c: assignment.className
		};
		expect(linkCode(payload)).toBe(encodeAssignment(assignment));
		expect(linkPayload(encodeAssignment(assignment))).toEqual(payload);
	});
});

describe('one assignment, one code', () => {
	const code = encodeAssignment(assignment);
	const [, body] = code.split('.') as [string, string];
	const sealed = (json: string) => {
		const b = Buffer.from(json).toString('base64url');
		return `1.${b}.${fingerprint(b)}`;
	};
	const payload = JSON.parse(Buffer.from(body, 'base64url').toString());

	it('refuses the same assignment written another way', () => {
		expect(decodeAssignment(sealed(JSON.stringify(payload)), modules)).toEqual(assignment);
		// A leading zero on the format, keys in another order, spaces in the JSON.
		expect(problem(`0${code}`)).toEqual({ kind: 'malformed' });
		const { m, ...rest } = payload;
		expect(problem(sealed(JSON.stringify({ ...rest, m })))).toEqual({ kind: 'malformed' });
		expect(problem(sealed(JSON.stringify(payload, null, 1)))).toEqual({ kind: 'malformed' });
		// Spare bits at the end of the base64: other text, the same bytes. A title whose
		// payload's length leaves some.
		const title = ['T', 'Tx', 'Txy'].find(
			(t) => Buffer.from(JSON.stringify({ ...payload, t })).toString('base64url').length % 4
		)!;
		const [, body2] = sealed(JSON.stringify({ ...payload, t: title })).split('.') as [
			string,
			string
		];
		expect(decodeAssignment(sealed(JSON.stringify({ ...payload, t: title })), modules).title).toBe(
			title
		);
		const last = body2.at(-1)!;
		const spare = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const twin = body2.slice(0, -1) + spare[spare.indexOf(last) + 1];
		expect(Buffer.from(twin, 'base64url')).toEqual(Buffer.from(body2, 'base64url'));
		expect(problem(`1.${twin}.${fingerprint(twin)}`)).toEqual({ kind: 'malformed' });
	});

	it('refuses a link longer than any it makes, and a day that does not exist', () => {
		expect(problem(code + 'A'.repeat(MAX_CODE))).toEqual({ kind: 'too-long' });
		for (const d of ['2024-02-31', '2026-13-01', '2026-04-31']) {
			expect(problem(sealed(JSON.stringify({ ...payload, d })))).toEqual({ kind: 'malformed' });
		}
		expect(
			decodeAssignment(sealed(JSON.stringify({ ...payload, d: '2024-02-29' })), modules).due
		).toBe('2024-02-29');
	});
});

describe('names and titles in links', () => {
	it('are written in one form, and a link hiding characters in them is refused', () => {
		const made = decodeAssignment(
			encodeAssignment({
				...assignment,
				title: '  Week\u200B  1\u202E ',
				className: ' 10\u00A0B ',
				roster: parseRoster('Al\u200Bice\n\u2067Bob\u2069\n \u200B \n').names
			}),
			modules
		);
		expect([made.title, made.className, made.roster]).toEqual(['Week 1', '10 B', ['Alice', 'Bob']]);
		const code = encodeAssignment(assignment);
		const payload = JSON.parse(Buffer.from(code.split('.')[1]!, 'base64url').toString());
		const b = Buffer.from(JSON.stringify({ ...payload, t: 'Week\u202E 1' })).toString('base64url');
		expect(problem(`1.${b}.${fingerprint(b)}`)).toEqual({ kind: 'malformed' });
	});
});
