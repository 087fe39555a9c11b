import { describe, expect, it } from 'vitest';
import { pointsFor } from './grade';

// Grading each type's answers is tested beside the type, in src/lib/question-types/<type>/.
describe('scoring', () => {
	it('gives 1 at the first try, 0.5 at the second, 0 otherwise', () => {
		expect(pointsFor([true])).toBe(1);
		expect(pointsFor([false, true])).toBe(0.5);
		expect(pointsFor([false, false])).toBe(0);
		expect(pointsFor([])).toBe(0);
	});
});
