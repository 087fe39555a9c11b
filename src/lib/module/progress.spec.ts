import { describe, expect, it } from 'vitest';
import { attempt } from './fixtures';
import { recordsFrom, scoreOf, sectionsProgress } from './progress';

describe('records of the answer log', () => {
	it('find nothing for an id they were not given, even one every object inherits', () => {
		const records = recordsFrom([attempt('q1', true)]);
		expect(records['constructor']).toBeUndefined();
		expect(records['toString']).toBeUndefined();
		expect(scoreOf(['q1', 'constructor'], records)).toEqual({
			points: 1,
			max: 2,
			done: 1,
			missed: []
		});
	});

	it('keep a question named like a built-in as any other', () => {
		const log = [attempt('constructor', false), attempt('constructor', true)];
		expect(recordsFrom(log)['constructor']?.tries).toHaveLength(2);
		const [section] = sectionsProgress([{ id: 's1', questionIds: ['constructor'] }], log);
		expect(section).toMatchObject({ state: 'finished', points: 0.5 });
	});
});
