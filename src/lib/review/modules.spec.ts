import { describe, expect, it } from 'vitest';
import { askable } from './modules';

const card = (moduleId: string, questionId: string) => ({ moduleId, questionId, due: 0 });

describe('askable', () => {
	it('keeps the cards of questions a module on this device has, and only those', () => {
		const cards = [
			card('iraq', 'q1'),
			card('iraq', 'gone'),
			card('removed', 'q1'),
			card('copy', 'q1')
		];
		const kept = askable(cards, [
			{ id: 'iraq', questionIds: ['q1', 'q2'] },
			{ id: 'copy', questionIds: ['q1'] }
		]);
		expect(kept).toEqual([card('iraq', 'q1'), card('copy', 'q1')]);
	});

	it('asks nothing when no module is known', () => {
		expect(askable([card('iraq', 'q1')], [])).toEqual([]);
	});
});
