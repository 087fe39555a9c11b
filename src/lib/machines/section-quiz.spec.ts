import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { attempt, fill, order, single } from '$lib/module/fixtures';
import type { Attempt } from '$lib/module/progress';
import { scoreOf } from '$lib/module/progress';
import { sectionQuizMachine, type SaveResult } from './section-quiz';

const questions = [single('q1'), single('q2'), fill('q3')];
const right = { type: 'single', choice: 'a' } as const;
const wrong = { type: 'single', choice: 'b' } as const;

/** A quiz whose writes go to an array, as the page's writes go to IndexedDB. */
function start(
	opts: { attempts?: Attempt[]; fail?: string; keeps?: boolean; gate?: Promise<void> } = {}
) {
	const log: Attempt[] = [];
	let clock = 10_000;
	const machine = sectionQuizMachine.provide({
		actors: {
			saveAttempt: fromPromise<SaveResult, Attempt>(async ({ input }) => {
				await opts.gate;
				if (opts.fail) throw new Error(opts.fail);
				const stored = { ...input, id: `row-${log.length + 1}` };
				log.push(stored);
				return { attempt: stored, kept: opts.keeps ?? true };
			})
		}
	});
	const actor = createActor(machine, {
		input: {
			moduleId: 'm',
			sectionId: 's1',
			questions,
			attempts: opts.attempts,
			now: () => ++clock
		}
	}).start();
	const settle = () => waitFor(actor, (s) => !s.matches({ question: 'saving' }));
	return { actor, log, settle };
}

describe('sectionQuizMachine', () => {
	it('starts at the first question, waiting for an answer', () => {
		const { actor } = start();
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('saves a right first answer before showing it as answered, for 1 point', async () => {
		let commit = () => {};
		const gate = new Promise<void>((resolve) => (commit = resolve));
		const { actor, log, settle } = start({ gate });
		actor.send({ type: 'answer.check', answer: right });
		await new Promise((r) => setTimeout(r, 20));
		expect(actor.getSnapshot().matches({ question: 'saving' })).toBe(true);
		expect(actor.getSnapshot().context.records).toEqual({});
		commit();
		await settle();
		const snap = actor.getSnapshot();
		expect(snap.matches({ question: 'answered' })).toBe(true);
		expect(log).toEqual([expect.objectContaining({ questionId: 'q1', correct: true, try: 1 })]);
		expect(snap.context.save).toBe('saved');
		expect(scoreOf(['q1'], snap.context.records).points).toBe(1);
	});

	it('gives a hint and one more try after a wrong first answer; right then is worth 0.5', async () => {
		const { actor, log, settle } = start();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
		actor.send({ type: 'answer.check', answer: right });
		await settle();
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(log.map((a) => [a.try, a.correct])).toEqual([
			[1, false],
			[2, true]
		]);
		expect(scoreOf(['q1'], actor.getSnapshot().context.records).points).toBe(0.5);
	});

	it('ends the question with 0 after two wrong tries and takes no third', async () => {
		const { actor, log, settle } = start();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		actor.send({ type: 'answer.check', answer: right });
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(log).toHaveLength(2);
		expect(scoreOf(['q1'], actor.getSnapshot().context.records).points).toBe(0);
	});

	it('moves to the next question, then to the summary after the last', async () => {
		const { actor, settle } = start();
		for (const answer of [right, right, { type: 'fill', text: 'isil' } as const]) {
			actor.send({ type: 'answer.check', answer });
			await settle();
			actor.send({ type: 'question.next' });
		}
		const snap = actor.getSnapshot();
		expect(snap.matches('summary')).toBe(true);
		expect(
			scoreOf(
				questions.map((q) => q.id),
				snap.context.records
			).points
		).toBe(3);
	});

	it('ignores "next" before the question is answered', () => {
		const { actor } = start();
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('goes back to any question, showing an answered one as answered', async () => {
		const { actor, settle } = start();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		actor.send({ type: 'question.next' });
		actor.send({ type: 'question.goto', index: 0 });
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		actor.send({ type: 'question.goto', index: 2 });
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		actor.send({ type: 'question.goto', index: 7 });
		expect(actor.getSnapshot().context.index).toBe(2);
	});

	it('cannot leave a question while its answer is being saved', async () => {
		const { actor, settle } = start();
		actor.send({ type: 'answer.check', answer: right });
		actor.send({ type: 'question.goto', index: 2 });
		await settle();
		expect(actor.getSnapshot().context.index).toBe(0);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
	});

	it('restores saved attempts: same question, same tries, same score', () => {
		const saved = [
			attempt('q1', false, { try: 1 }),
			attempt('q1', true, { try: 2 }),
			attempt('q2', false, { try: 1 })
		];
		const { actor } = start({ attempts: saved });
		const snap = actor.getSnapshot();
		expect(snap.context.index).toBe(1);
		expect(snap.matches({ question: 'retry' })).toBe(true);
		expect(scoreOf(['q1', 'q2'], snap.context.records).points).toBe(0.5);
	});

	it('goes straight to the summary when every question was finished before', () => {
		const saved = questions.map((q) => attempt(q.id, true));
		const { actor } = start({ attempts: saved });
		expect(actor.getSnapshot().matches('summary')).toBe(true);
	});

	it('merges attempts restored after start, and jumps to the first open question', () => {
		const { actor } = start();
		actor.send({ type: 'progress.restored', attempts: [attempt('q1', true)] });
		expect(actor.getSnapshot().context.index).toBe(1);
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
	});

	it('keeps its own answers when the log arrives late, and does not jump away', async () => {
		const { actor, settle } = start();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		const fromOtherTab = attempt('q2', true, { at: 1 });
		actor.send({ type: 'progress.restored', attempts: [fromOtherTab] });
		const snap = actor.getSnapshot();
		expect(snap.context.index).toBe(0);
		expect(snap.matches({ question: 'retry' })).toBe(true);
		expect(Object.keys(snap.context.records).sort()).toEqual(['q1', 'q2']);
	});

	it('ignores attempts of other sections and modules', () => {
		const { actor } = start({
			attempts: [attempt('q1', true, { sectionId: 's2' }), attempt('q1', true, { moduleId: 'x' })]
		});
		expect(actor.getSnapshot().context.records).toEqual({});
	});

	it('keeps an answer that could not be saved, and says why', async () => {
		const { actor, settle } = start({ fail: 'quota' });
		actor.send({ type: 'answer.check', answer: right });
		await settle();
		const snap = actor.getSnapshot();
		expect(snap.matches({ question: 'answered' })).toBe(true);
		expect(snap.context.save).toBe('failed');
		expect(snap.context.saveError).toBe('quota');
		expect(snap.context.records.q1?.tries).toHaveLength(1);
	});

	it('says so when the browser keeps nothing', async () => {
		const { actor, settle } = start({ keeps: false });
		actor.send({ type: 'answer.check', answer: right });
		await settle();
		expect(actor.getSnapshot().context.save).toBe('not-kept');
	});

	it('grades every type through the module scoring, e.g. order', async () => {
		const machine = sectionQuizMachine.provide({
			actors: {
				saveAttempt: fromPromise<SaveResult, Attempt>(async ({ input }) => ({
					attempt: { ...input, id: 'x' },
					kept: true
				}))
			}
		});
		const actor = createActor(machine, {
			input: { moduleId: 'm', sectionId: 's1', questions: [order('q9')] }
		}).start();
		actor.send({ type: 'answer.check', answer: { type: 'order', items: ['i1', 'i2', 'i3'] } });
		await waitFor(actor, (s) => s.matches({ question: 'answered' }));
		expect(actor.getSnapshot().context.records.q9?.tries[0]?.correct).toBe(true);
	});

	it('round-trips its persisted snapshot through JSON', async () => {
		const { actor, settle } = start();
		actor.send({ type: 'answer.check', answer: wrong });
		await settle();
		const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const restored = createActor(sectionQuizMachine, {
			snapshot: persisted,
			input: { moduleId: 'm', sectionId: 's1', questions }
		}).start();
		expect(restored.getSnapshot().matches({ question: 'retry' })).toBe(true);
		expect(restored.getSnapshot().context.records.q1?.tries).toHaveLength(1);
	});
});
