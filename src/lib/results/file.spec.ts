import { describe, expect, it } from 'vitest';
import {
	MAX_FILE_BYTES,
	readResults,
	RESULTS_VERSION,
	ResultsFileError,
	sealResults,
	type ResultsBody
} from './file';
import { encodeAssignment } from '$lib/assign/link';

/** The link the file was made from: its code is the assignment. */
const code = encodeAssignment({
	module: 'iraq',
	sections: ['offensive'],
	mode: 'immediate',
	passMark: 60,
	due: '2026-12-04',
	locked: false,
	title: 'Homework',
	className: '10B'
});

/** A version 1 file, as Lectern made them before rounds and deferred mode: it still reads. */
const body: ResultsBody = {
	format: 'lectern-results',
	version: 1,
	module: { id: 'iraq', version: 'k3x9' },
	assignment: {
		code,
		title: 'Homework',
		className: '10B',
		sections: ['offensive'],
		mode: 'immediate',
		due: '2026-12-04'
	},
	student: 'Sam <img src=x onerror=alert(1)> ‮',
	handedInAt: '2026-11-30T10:00:00.000Z',
	attempts: [
		{
			questionId: 'q1',
			sectionId: 'offensive',
			answer: { type: 'single', choice: 'a' },
			try: 1,
			at: 1
		},
		{
			questionId: 'q2',
			sectionId: 'offensive',
			answer: { type: 'match', pairs: { p1: 'p2' } },
			try: 1,
			at: 2
		}
	],
	totals: { points: 1, max: 2, answered: 2 }
};
const known = new Map([
	['iraq', ['offensive', 'reaction']],
	['gaza', ['offensive']]
]);

async function problemOf(text: string) {
	try {
		await readResults('sam.json', text, known);
	} catch (e) {
		if (e instanceof ResultsFileError) {
			expect(e.message).toContain('sam.json');
			return e.problem;
		}
		throw e;
	}
	return 'accepted';
}

describe('results files', () => {
	it('reads back a sealed file, names and all, as plain data', async () => {
		const file = await sealResults(body);
		expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(await readResults('sam.json', JSON.stringify(file, null, 2), known)).toEqual(file);
	});

	it('does not depend on the order of keys in the file', async () => {
		const file = await sealResults(body);
		const reordered = Object.fromEntries(Object.entries(file).reverse());
		expect(await readResults('sam.json', JSON.stringify(reordered), known)).toEqual(file);
	});

	it('refuses what is not JSON, is cut short, or is something else', async () => {
		const text = JSON.stringify(await sealResults(body));
		expect(await problemOf('hello')).toBe('not-json');
		expect(await problemOf(text.slice(0, text.length / 2))).toBe('not-json');
		expect(await problemOf('[1, 2]')).toBe('not-results');
		expect(await problemOf(JSON.stringify({ format: 'lectern-progress', version: 1 }))).toBe(
			'not-results'
		);
	});

	it('refuses a file over the size cap without parsing it', async () => {
		expect(await problemOf(' '.repeat(MAX_FILE_BYTES + 1))).toBe('too-big');
	});

	it('says a file comes from a newer Lectern', async () => {
		const file = await sealResults(body);
		expect(await problemOf(JSON.stringify({ ...file, version: RESULTS_VERSION + 1 }))).toBe(
			'newer'
		);
	});

	it('catches a score or an answer edited after sealing', async () => {
		const file = await sealResults(body);
		expect(
			await problemOf(JSON.stringify({ ...file, totals: { ...file.totals, points: 2 } }))
		).toBe('checksum');
		const attempts = [{ ...file.attempts[0]!, answer: { type: 'single', choice: 'b' } }];
		expect(await problemOf(JSON.stringify({ ...file, attempts }))).toBe('checksum');
	});

	it('refuses unknown fields, __proto__ keys and answers of the wrong shape', async () => {
		const file = await sealResults(body);
		const text = JSON.stringify(file);
		expect(await problemOf(JSON.stringify({ ...file, extra: true }))).toBe('invalid');
		expect(await problemOf(text.replace('{', '{"__proto__":{"polluted":1},'))).toBe('invalid');
		expect(await problemOf(text.replace('"pairs":{', '"pairs":{"__proto__":"x",'))).toBe('invalid');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const badAnswer = { ...file, attempts: [{ ...file.attempts[0]!, answer: { type: 'exec' } }] };
		expect(await problemOf(JSON.stringify(badAnswer))).toBe('invalid');
		const long = { ...file, student: 'x'.repeat(61) };
		expect(await problemOf(JSON.stringify(long))).toBe('invalid');
	});

	it('refuses a sealed file whose parts do not fit together', async () => {
		const v2 = {
			...body,
			version: 2 as const,
			closed: [{ sectionId: 'offensive', round: 1, at: 5 }]
		};
		expect(
			(await readResults('ok.json', JSON.stringify(await sealResults(v2)), known)).closed
		).toHaveLength(1);
		const v3 = { ...v2, version: 3 as const, studentId: 'a1b2' };
		expect(
			(await readResults('ok.json', JSON.stringify(await sealResults(v3)), known)).studentId
		).toBe('a1b2');
		const cases: ResultsBody[] = [
			// Rounds and hand-ins came with version 2.
			{ ...body, closed: [] },
			{ ...body, attempts: body.attempts.map((a) => ({ ...a, round: 1 })) },
			// A hand-in or an answer for a section the assignment does not have.
			{ ...v2, closed: [{ sectionId: 'elsewhere', round: 1, at: 5 }] },
			{ ...v2, attempts: [{ ...body.attempts[0]!, sectionId: 'elsewhere' }] },
			// The same section handed in twice in one round.
			{ ...v2, closed: [v2.closed[0]!, { ...v2.closed[0]!, at: 6 }] },
			// The student's id came with version 3, and a version 3 file must have one.
			{ ...v2, studentId: 'a1b2' },
			{ ...v2, version: 3 }
		];
		for (const bad of cases) {
			expect(await problemOf(JSON.stringify(await sealResults(bad)))).toBe('invalid');
		}
	});

	it('refuses times that are not real, and a due day that does not exist', async () => {
		const file = await sealResults(body);
		const text = JSON.stringify(file);
		for (const at of ['1e999', '9e15', '1e20', '2.5']) {
			const edited = text.replace('"at":1}', `"at":${at}}`);
			expect(edited).not.toBe(text);
			expect(await problemOf(edited), at).toBe('invalid');
		}
		const future = await sealResults({ ...body, handedInAt: '9999-12-31T00:00:00.000Z' });
		expect(await problemOf(JSON.stringify(future))).toBe('invalid');
		const feb31 = await sealResults({
			...body,
			assignment: { ...body.assignment, due: '2024-02-31' }
		});
		expect(await problemOf(JSON.stringify(feb31))).toBe('invalid');
	});

	it('refuses a blank name, hidden characters and all', async () => {
		for (const student of ['', '   ', '\u200B\u202E']) {
			expect(await problemOf(JSON.stringify(await sealResults({ ...body, student })))).toBe(
				'invalid'
			);
		}
	});

	it('refuses a file for a module this site does not have', async () => {
		const other = await sealResults({ ...body, module: { id: 'gaza-2009', version: '1' } });
		expect(await problemOf(JSON.stringify(other))).toBe('unknown-module');
	});

	it('refuses a file whose assignment is not the one its link holds', async () => {
		const v3 = {
			...body,
			version: 3 as const,
			studentId: 'a1b2',
			assignment: { ...body.assignment, passMark: 60, locked: false }
		};
		expect(await problemOf(JSON.stringify(await sealResults(v3)))).toBe('accepted');
		const forged: ResultsBody[] = [
			{ ...v3, assignment: { ...v3.assignment, title: 'HIJACKED' } },
			{ ...v3, assignment: { ...v3.assignment, className: 'nobody' } },
			{ ...v3, assignment: { ...v3.assignment, mode: 'practice' } },
			{ ...v3, assignment: { ...v3.assignment, due: '2000-01-01' } },
			{ ...v3, assignment: { ...v3.assignment, passMark: 0 } },
			{ ...v3, assignment: { ...v3.assignment, locked: true } },
			// A section listed twice, or one the link does not assign.
			{ ...v3, assignment: { ...v3.assignment, sections: ['offensive', 'offensive'] } },
			{ ...v3, assignment: { ...v3.assignment, sections: ['offensive', 'reaction'] } },
			// A file for another module under this class's code.
			{ ...v3, module: { id: 'gaza', version: '1' } },
			// A code that is no link at all.
			{ ...v3, assignment: { ...v3.assignment, code: '1.abc.def' } }
		];
		for (const bad of forged) {
			expect(await problemOf(JSON.stringify(await sealResults(bad)))).toBe('not-its-link');
		}
	});
});
