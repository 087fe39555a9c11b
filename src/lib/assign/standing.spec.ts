import { describe, expect, it } from 'vitest';
import { attempt } from '$lib/module/fixtures';
import { standings } from './standing';

const sections = [
	{ id: 's1', questionIds: ['q1', 'q2'] },
	{ id: 's2', questionIds: ['q3', 'q4'] }
];
const under = (sectionId: string, round = 1) => ({ sectionId, assignment: '1.a.b', round });

describe('where a student stands in an assignment', () => {
	it('keeps the next section locked until the one before it reaches the pass mark', () => {
		const rules = { mode: 'immediate' as const, passMark: 75, locked: true };
		const half = [
			attempt('q1', true, under('s1')),
			...[1, 2].map(() => attempt('q2', false, under('s1')))
		];
		const first = standings(rules, sections, { attempts: half, closed: [] });
		expect(first.map((s) => s.state)).toEqual(['not-passed', 'locked']);
		// Taken again, now right: the latest round counts, and the next section opens.
		const again = [
			...half,
			attempt('q1', true, under('s1', 2)),
			attempt('q2', true, under('s1', 2))
		];
		const second = standings(rules, sections, { attempts: again, closed: [] });
		expect(second.map((s) => [s.state, s.round, s.score.points])).toEqual([
			['passed', 2, 2],
			['open', 1, 0]
		]);
	});

	it('keeps the last finished go counting while a retake is under way', () => {
		const rules = { mode: 'immediate' as const, passMark: 100, locked: true };
		const first = [
			attempt('q1', true, under('s1')),
			attempt('q2', false, under('s1')),
			attempt('q2', false, under('s1'))
		];
		const [s1] = standings(rules, sections, {
			attempts: [...first, attempt('q1', false, under('s1', 2))],
			closed: []
		});
		expect(s1).toMatchObject({ state: 'in-progress', round: 1, current: 2, passed: false });
		expect(s1!.score.points).toBe(1);
	});

	it('opens every section when they are not locked, and calls a finished one finished without a pass mark', () => {
		const rules = { mode: 'immediate' as const, passMark: 0, locked: false };
		const done = [attempt('q1', true, under('s1')), attempt('q2', true, under('s1'))];
		expect(standings(rules, sections, { attempts: done, closed: [] }).map((s) => s.state)).toEqual([
			'finished',
			'open'
		]);
	});

	it('deferred: a section with every answer saved waits to be handed in, then is graded', () => {
		const rules = { mode: 'deferred' as const, passMark: 50, locked: true };
		const saved = [attempt('q1', true, under('s1')), attempt('q2', false, under('s1'))];
		expect(standings(rules, sections, { attempts: saved, closed: [] }).map((s) => s.state)).toEqual(
			['to-hand-in', 'locked']
		);
		const closed = standings(rules, sections, {
			attempts: saved,
			closed: [{ sectionId: 's1', round: 1 }]
		});
		expect(closed.map((s) => [s.state, s.score.points])).toEqual([
			['passed', 1],
			['open', 0]
		]);
	});

	it('practice: a section passes once every question is answered right', () => {
		const rules = { mode: 'practice' as const, passMark: 90, locked: true };
		const tries = [
			attempt('q1', false, under('s1')),
			attempt('q1', true, under('s1')),
			attempt('q2', false, under('s1'))
		];
		expect(standings(rules, sections, { attempts: tries, closed: [] }).map((s) => s.state)).toEqual(
			['in-progress', 'locked']
		);
		const right = [...tries, attempt('q2', true, under('s1'))];
		expect(standings(rules, sections, { attempts: right, closed: [] }).map((s) => s.state)).toEqual(
			['finished', 'open']
		);
	});
});
