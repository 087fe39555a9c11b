import { describe, expect, it } from 'vitest';
import { MAX_PROGRESS_BYTES, ProgressFileError, readProgressFile } from './progress-file';

const attempt = {
	id: 'a1',
	moduleId: 'iraq',
	sectionId: 's1',
	questionId: 'q1',
	answer: { type: 'single', choice: 'a' },
	correct: true,
	try: 1,
	at: 1
};
const v1 = {
	format: 'lectern-progress',
	version: 1,
	exportedAt: '2026-11-20T10:00:00.000Z',
	attempts: [attempt]
};

const problemOf = (text: string) => {
	try {
		readProgressFile(text);
		return 'read';
	} catch (e) {
		return e instanceof ProgressFileError ? e.problem : String(e);
	}
};

describe('progress files', () => {
	it('reads a version 1 file (attempts only) as well as version 2', () => {
		expect(readProgressFile(JSON.stringify(v1))).toEqual({
			attempts: [attempt],
			closedSections: [],
			assignments: []
		});
	});

	it('refuses every kind of bad file, saying which', () => {
		expect(problemOf('{"format": "lectern-pro')).toBe('not-json');
		expect(problemOf('[]')).toBe('not-progress');
		expect(problemOf(JSON.stringify({ ...v1, format: 'lectern-results' }))).toBe('not-progress');
		expect(problemOf(JSON.stringify({ ...v1, version: 4 }))).toBe('newer');
		expect(problemOf(JSON.stringify({ ...v1, extra: 1 }))).toBe('invalid');
		expect(
			problemOf(JSON.stringify({ ...v1, attempts: [{ ...attempt, answer: { type: 'exec' } }] }))
		).toBe('invalid');
		expect(problemOf(JSON.stringify(v1).replace('{', '{"__proto__":{"x":1},'))).toBe('invalid');
		expect(problemOf(' '.repeat(MAX_PROGRESS_BYTES + 1))).toBe('too-big');
	});

	it('refuses an id that names a built-in, such as "constructor"', () => {
		const withId = (questionId: string) =>
			JSON.stringify({ ...v1, attempts: [{ ...attempt, questionId }] });
		expect(problemOf(withId('constructor'))).toBe('invalid');
		expect(problemOf(withId('constructors'))).toBe('read');
	});

	it('refuses times that are not real: infinite, fractional, before 1970, past JavaScript’s last date, or in the future', () => {
		const withAt = (at: string) => JSON.stringify(v1).replace('"at":1', `"at":${at}`);
		expect(problemOf(withAt('2'))).toBe('read');
		for (const at of ['1e999', '1.5', '-1', '9e15', '1e20', String(Date.now() + 7 * 86_400_000)]) {
			expect(problemOf(withAt(at)), at).toBe('invalid');
		}
		expect(problemOf(JSON.stringify({ ...v1, exportedAt: '9999-12-31T00:00:00.000Z' }))).toBe(
			'invalid'
		);
	});

	it('calls deep but valid JSON what it is: not a progress file, never "not JSON"', () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		expect(problemOf(deep)).toBe('not-progress');
		// Deep inside an answer, and a hostile key at the bottom of it: written as text, since
		// JSON.stringify itself recurses.
		const inAnswer = (inner: string) =>
			JSON.stringify(v1).replace('{"type":"single","choice":"a"}', inner);
		expect(problemOf(inAnswer(deep))).toBe('invalid');
		expect(problemOf(inAnswer(deep.replace('[]', '[{"__proto__":1}]')))).toBe('invalid');
	});

	it('reads back a history of 108,202 answers, as the download writes it (no indentation)', () => {
		// The history an attack restored, each answer under an assignment whose link carries a
		// class list of 30: indented, its download was larger than the restore took.
		const attempts = Array.from({ length: 108_202 }, (_, i) => ({
			...attempt,
			id: `attempt-${i}-${'x'.repeat(20)}`,
			questionId: `question-${i % 90}`,
			answer: { type: 'fill', text: 'a typed answer of a good length for a student' },
			at: 1_700_000_000_000 + i,
			assignment: 0,
			round: 1
		}));
		const codes = ['1.' + 'a'.repeat(600) + '.abc'];
		const text = JSON.stringify({
			...v1,
			version: 3,
			codes,
			attempts,
			closedSections: [],
			assignments: []
		});
		expect(text.length).toBeLessThan(MAX_PROGRESS_BYTES);
		const rows = readProgressFile(text).attempts;
		expect(rows).toHaveLength(108_202);
		expect(rows[108_201]!.assignment).toBe(codes[0]);
	});

	it('refuses codes named by place in an older version, or by a place the file lacks', () => {
		const v3 = { ...v1, version: 3, codes: ['1.a.b'], closedSections: [], assignments: [] };
		const at = (assignment: unknown) => [{ ...attempt, assignment }];
		expect(problemOf(JSON.stringify({ ...v3, attempts: at(0) }))).toBe('read');
		expect(problemOf(JSON.stringify({ ...v3, attempts: at(1) }))).toBe('invalid');
		expect(problemOf(JSON.stringify({ ...v3, attempts: at('1.a.b') }))).toBe('invalid');
		expect(problemOf(JSON.stringify({ ...v3, version: 2, attempts: at(0) }))).toBe('invalid');
	});
});
