import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { LmsError } from '$lib/lms/scorm-session';
import { COMMIT_PAUSE_MS, lmsSyncMachine, retryDelay } from './lms-sync';

/** The machine with a commit that fails as many times as `refusals`, then goes through. */
function start(refusals = 0) {
	const clock = new SimulatedClock();
	const commits: number[] = [];
	let left = refusals;
	const machine = lmsSyncMachine.provide({
		actors: {
			commit: fromPromise(async () => {
				commits.push(clock.now());
				if (left-- > 0) throw new LmsError('Commit', '391', 'General Commit Failure');
			})
		}
	});
	const actor = createActor(machine, { clock }).start();
	// Lets a commit's promise settle.
	const settle = () => new Promise((r) => setTimeout(r, 0));
	return { actor, clock, commits, settle };
}

describe('committing to the LMS', () => {
	it('waits for a pause, so that a burst of answers is one commit', async () => {
		const { actor, clock, commits, settle } = start();
		actor.send({ type: 'changed' });
		clock.increment(1500);
		actor.send({ type: 'changed' });
		clock.increment(1500);
		expect(commits).toEqual([]);
		clock.increment(COMMIT_PAUSE_MS - 1500);
		await settle();
		expect(commits).toEqual([3500]);
		expect(actor.getSnapshot().value).toBe('saved');
		expect(actor.getSnapshot().context.unsaved).toBe(0);
	});

	it('commits at once when the page is hidden or the learner leaves', async () => {
		const { actor, commits, settle } = start();
		actor.send({ type: 'changed' });
		actor.send({ type: 'flush' });
		await settle();
		expect(commits).toEqual([0]);
	});

	it('keeps what the LMS said when it refused, retries later and later, and forgets it once a commit goes through', async () => {
		const { actor, clock, commits, settle } = start(2);
		actor.send({ type: 'changed' });
		actor.send({ type: 'flush' });
		await settle();
		expect(actor.getSnapshot().context.refused).toEqual({
			code: '391',
			text: 'General Commit Failure'
		});
		actor.send({ type: 'changed' });
		clock.increment(retryDelay(1));
		await settle();
		clock.increment(retryDelay(2));
		await settle();
		expect(commits).toEqual([0, 1000, 3000]);
		expect(actor.getSnapshot().context).toMatchObject({ unsaved: 0, failures: 0, refused: null });
		expect([1, 2, 3, 6, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
	});

	it('commits again for what changed while a commit was on its way', async () => {
		const { actor, clock, commits, settle } = start();
		actor.send({ type: 'changed' });
		actor.send({ type: 'flush' });
		actor.send({ type: 'changed' });
		await settle();
		expect(actor.getSnapshot()).toMatchObject({ value: 'waiting', context: { unsaved: 1 } });
		clock.increment(COMMIT_PAUSE_MS);
		await settle();
		expect(commits).toEqual([0, COMMIT_PAUSE_MS]);
		expect(actor.getSnapshot().value).toBe('saved');
	});
});
