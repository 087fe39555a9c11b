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
		expect(problemOf(JSON.stringify({ ...v1, version: 3 }))).toBe('newer');
		expect(problemOf(JSON.stringify({ ...v1, extra: 1 }))).toBe('invalid');
		expect(
			problemOf(JSON.stringify({ ...v1, attempts: [{ ...attempt, answer: { type: 'exec' } }] }))
		).toBe('invalid');
		expect(problemOf(JSON.stringify(v1).replace('{', '{"__proto__":{"x":1},'))).toBe('invalid');
		expect(problemOf(' '.repeat(MAX_PROGRESS_BYTES + 1))).toBe('too-big');
	});
});
