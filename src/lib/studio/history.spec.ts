import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('undo and redo', () => {
	it('goes back at least 50 edits, and forward again', () => {
		const h = new History(0);
		for (let n = 1; n <= 60; n++) h.push(n);
		for (let n = 59; n >= 0; n--) expect(h.undo()).toBe(n);
		expect(h.canUndo).toBe(false);
		expect(h.redo()).toBe(1);
		expect(h.current).toBe(1);
	});

	it('takes back one field’s typing as one step, and a new edit ends what redo could bring back', () => {
		const h = new History('');
		h.push('a', 'title');
		h.push('ab', 'title');
		h.push('abc', 'title');
		h.seal();
		h.push('abcd', 'title');
		expect(h.undo()).toBe('abc');
		expect(h.undo()).toBe('');
		h.push('x');
		expect(h.canRedo).toBe(false);
	});

	it('keeps no more steps than its limit', () => {
		const h = new History(0, 3);
		for (let n = 1; n <= 10; n++) h.push(n);
		expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual([9, 8, 7, null]);
	});
});
