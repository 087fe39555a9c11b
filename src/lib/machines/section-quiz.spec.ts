import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type ActorRefFrom } from 'xstate';
import { attempt, fill, order, single } from '$lib/module/fixtures';
import type { Attempt } from '$lib/module/progress';
import { scoreOf } from '$lib/module/progress';
import type { Answer } from '$lib/module/types';
import { phaseOf, sectionQuizMachine, type AnswerSettled, type SaveResult } from './section-quiz';

const questions = [single('q1'), single('q2'), fill('q3')];
const right = { type: 'single', choice: 'a' } as const;
const wrong = { type: 'single', choice: 'b' } as const;

type Quiz = ActorRefFrom<typeof sectionQuizMachine>;
let clock = 100_000;
const check = (actor: Quiz, answer: Answer) =>
	actor.send({ type: 'answer.check', answer, at: ++clock });

/**
 * A quiz as the page runs it: it starts without the log, which then arrives as an event; its
 * writes go to an array, as the page's go to IndexedDB.
 */
function start(
	opts: { log?: Attempt[] | null; fail?: string; keeps?: boolean; gate?: Promise<void> } = {}
) {
	const log: Attempt[] = [];
	const machine = sectionQuizMachine.provide({
		actors: {
			saveAttempt: fromPromise<SaveResult, Attempt>(async ({ input }) => {
				await opts.gate;
				if (opts.fail) throw new Error(opts.fail);
				if (opts.keeps === false) return { attempt: input, kept: false };
				const stored = { ...input, id: `row-${log.length + 1}` };
				log.push(stored);
				return { attempt: stored, kept: true };
			})
		}
	});
	const actor = createActor(machine, {
		input: { moduleId: 'm', sectionId: 's1', questions }
	}).start();
	if (opts.log !== null) actor.send({ type: 'progress.restored', attempts: opts.log ?? [] });
	const settle = () => waitFor(actor, (s) => !s.matches({ question: 'saving' }));
	/** Checks an answer and waits until the quiz has settled it. */
	const answer = async (given: Answer) => {
		check(actor, given);
		await settle();
	};
	return { actor, log, settle, answer };
}

/** The machine with a save that always stores, under one row id. */
const storingAs = (id: string) =>
	sectionQuizMachine.provide({
		actors: {
			saveAttempt: fromPromise<SaveResult, Attempt>(async ({ input }) => ({
				attempt: { ...input, id },
				kept: true
			}))
		}
	});

const points = (actor: Quiz, ids = questions.map((q) => q.id)) =>
	scoreOf(ids, actor.getSnapshot().context.records).points;

describe('sectionQuizMachine', () => {
	it('waits for the log, then opens at the first question', () => {
		const { actor } = start({ log: null });
		expect(actor.getSnapshot().matches('loading')).toBe(true);
		actor.send({ type: 'progress.restored', attempts: [] });
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('saves a right first answer before showing it as answered, for 1 point', async () => {
		let commit = () => {};
		const gate = new Promise<void>((resolve) => (commit = resolve));
		const { actor, log, settle } = start({ gate });
		check(actor, right);
		await new Promise((r) => setTimeout(r, 20));
		expect(actor.getSnapshot().matches({ question: 'saving' })).toBe(true);
		expect(actor.getSnapshot().context.records).toEqual({});
		commit();
		await settle();
		const snap = actor.getSnapshot();
		expect(snap.matches({ question: 'answered' })).toBe(true);
		expect(log).toEqual([expect.objectContaining({ questionId: 'q1', correct: true, try: 1 })]);
		expect(snap.context.save).toBe('saved');
		expect(points(actor, ['q1'])).toBe(1);
	});

	it('gives a hint and one more try after a wrong first answer; right then is worth 0.5', async () => {
		const { actor, log, answer } = start();
		await answer(wrong);
		expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
		await answer(right);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(log.map((a) => [a.try, a.correct])).toEqual([
			[1, false],
			[2, true]
		]);
		expect(points(actor, ['q1'])).toBe(0.5);
	});

	it('ends the question with 0 after two wrong tries and takes no third', async () => {
		const { actor, log, answer } = start();
		await answer(wrong);
		await answer(wrong);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		check(actor, right);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(log).toHaveLength(2);
		expect(points(actor, ['q1'])).toBe(0);
	});

	it('moves to the next question, then to the summary after the last', async () => {
		const { actor, answer } = start();
		for (const given of [right, right, { type: 'fill', text: 'isil' } as const]) {
			await answer(given);
			actor.send({ type: 'question.next' });
		}
		expect(actor.getSnapshot().matches('summary')).toBe(true);
		expect(points(actor)).toBe(3);
	});

	it('ignores "next" before the question is answered', () => {
		const { actor } = start();
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('goes back to any question, showing an answered one as answered', async () => {
		const { actor, answer } = start();
		await answer(wrong);
		await answer(wrong);
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
		check(actor, right);
		actor.send({ type: 'question.goto', index: 2 });
		await settle();
		expect(actor.getSnapshot().context.index).toBe(0);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
	});

	it('reopens where the student left off: same question, same tries, same score', () => {
		const { actor } = start({
			log: [
				attempt('q1', false, { try: 1 }),
				attempt('q1', true, { try: 2 }),
				attempt('q2', false, { try: 1 })
			]
		});
		const snap = actor.getSnapshot();
		expect(snap.context.index).toBe(1);
		expect(snap.matches({ question: 'retry' })).toBe(true);
		expect(points(actor, ['q1', 'q2'])).toBe(0.5);
	});

	it('reopens a finished section at its results', () => {
		const { actor } = start({ log: questions.map((q) => attempt(q.id, true)) });
		expect(actor.getSnapshot().matches('summary')).toBe(true);
		expect(points(actor)).toBe(3);
	});

	it('takes the log as input too, with no wait', () => {
		const actor = createActor(sectionQuizMachine, {
			input: { moduleId: 'm', sectionId: 's1', questions, attempts: [attempt('q1', true)] }
		}).start();
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(1);
	});

	it('checks an answer given before the log arrived as soon as it does', async () => {
		const { actor, log, settle } = start({ log: null });
		check(actor, wrong);
		expect(actor.getSnapshot().matches('loading')).toBe(true);
		actor.send({ type: 'progress.restored', attempts: [attempt('q2', true)] });
		await settle();
		expect(log).toEqual([expect.objectContaining({ questionId: 'q1', try: 1, correct: false })]);
		expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
	});

	it('does not spend the second try on an early answer: the hint comes first', async () => {
		const { actor, log } = start({ log: null });
		check(actor, right);
		actor.send({ type: 'progress.restored', attempts: [attempt('q1', false)] });
		expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(0);
		expect(log).toEqual([]);
	});

	it('does not grade again a question the log shows as finished, and stays on it', async () => {
		const { actor, log } = start({ log: null });
		check(actor, wrong);
		actor.send({ type: 'progress.restored', attempts: [attempt('q1', true)] });
		expect(actor.getSnapshot().context.index).toBe(0);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(log).toEqual([]);
		expect(points(actor, ['q1'])).toBe(1);
	});

	it('merges later reads of the log without moving the student', async () => {
		const { actor, log, answer } = start();
		await answer(wrong);
		const fromOtherTab = attempt('q2', true, { at: 1 });
		// The read holds this tab's own row and the other tab's.
		actor.send({ type: 'progress.restored', attempts: [...log, fromOtherTab] });
		const snap = actor.getSnapshot();
		expect(snap.context.index).toBe(0);
		expect(snap.matches({ question: 'retry' })).toBe(true);
		expect(Object.keys(snap.context.records).sort()).toEqual(['q1', 'q2']);
	});

	it('follows a reset made in another tab', async () => {
		const { actor, answer } = start();
		await answer(wrong);
		await answer(wrong);
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		actor.send({ type: 'progress.restored', attempts: [] });
		expect(actor.getSnapshot().matches({ question: 'answering' })).toBe(true);
		expect(actor.getSnapshot().context.records).toEqual({});
	});

	it('shows another tab’s answer to the open question as its result', () => {
		const { actor } = start();
		actor.send({ type: 'progress.restored', attempts: [attempt('q1', true)] });
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('keeps the results on screen when the log is read again', () => {
		const log = questions.map((q) => attempt(q.id, true));
		const { actor } = start({ log });
		actor.send({ type: 'progress.restored', attempts: log });
		expect(actor.getSnapshot().matches('summary')).toBe(true);
		expect(points(actor)).toBe(3);
	});

	it('keeps answers that never reached the log when the log is read again', async () => {
		const { actor, answer } = start({ fail: 'quota' });
		await answer(wrong);
		actor.send({ type: 'progress.restored', attempts: [] });
		expect(actor.getSnapshot().context.records.q1?.tries).toHaveLength(1);
		expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
	});

	it('never counts one stored row twice when a read arrives during the write', async () => {
		let commit = () => {};
		const gate = new Promise<void>((resolve) => (commit = resolve));
		const { actor, settle } = start({ gate });
		check(actor, wrong);
		// The log, read while the write is in flight, already holds the row being written.
		actor.send({
			type: 'progress.restored',
			attempts: [attempt('q1', false, { id: 'row-1', at: clock })]
		});
		commit();
		await settle();
		expect(actor.getSnapshot().context.records.q1?.tries).toHaveLength(1);
		expect(actor.getSnapshot().matches({ question: 'retry' })).toBe(true);
	});

	it('leaves the summary for any question, and stays there for a bad index', () => {
		const log = questions.map((q, i) => attempt(q.id, i !== 1, { try: 1 }));
		log.push(attempt('q2', false, { try: 2 }));
		const { actor } = start({ log });
		actor.send({ type: 'question.goto', index: -1 });
		expect(actor.getSnapshot().matches('summary')).toBe(true);
		actor.send({ type: 'question.goto', index: 1 });
		expect(actor.getSnapshot().matches({ question: 'answered' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(1);
		actor.send({ type: 'question.next' });
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().matches('summary')).toBe(true);
	});

	it('ignores attempts of other sections and modules', () => {
		const { actor } = start({
			log: [attempt('q1', true, { sectionId: 's2' }), attempt('q1', true, { moduleId: 'x' })]
		});
		expect(actor.getSnapshot().context.records).toEqual({});
	});

	it('keeps an answer that could not be saved, without an id, and says why', async () => {
		const { actor, answer } = start({ fail: 'quota' });
		await answer(right);
		const snap = actor.getSnapshot();
		expect(snap.matches({ question: 'answered' })).toBe(true);
		expect(snap.context.save).toBe('failed');
		expect(snap.context.saveError).toBe('quota');
		expect(snap.context.records.q1?.tries).toEqual([expect.objectContaining({ id: undefined })]);
	});

	it('says so when the browser keeps nothing', async () => {
		const { actor, answer } = start({ keeps: false });
		await answer(right);
		expect(actor.getSnapshot().context.save).toBe('not-kept');
	});

	it('grades every type through the module scoring, e.g. order', async () => {
		const machine = storingAs('x');
		const actor = createActor(machine, {
			input: { moduleId: 'm', sectionId: 's1', questions: [order('q9')], attempts: [] }
		}).start();
		check(actor, { type: 'order', items: ['i1', 'i2', 'i3'] });
		await waitFor(actor, (s) => s.matches({ question: 'answered' }));
		expect(actor.getSnapshot().context.records.q9?.tries[0]?.correct).toBe(true);
	});

	it('round-trips its persisted snapshot through JSON and carries on', async () => {
		const { actor, answer } = start();
		await answer(wrong);
		const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const machine = storingAs('again');
		const restored = createActor(machine, {
			snapshot: persisted,
			input: { moduleId: 'm', sectionId: 's1', questions }
		}).start();
		expect(restored.getSnapshot().matches({ question: 'retry' })).toBe(true);
		check(restored, right);
		await waitFor(restored, (s) => s.matches({ question: 'answered' }));
		expect(points(restored, ['q1'])).toBe(0.5);
	});
});

describe('what the page reads off the quiz', () => {
	it('names the phase of the current question at each step of a miss and a second try', async () => {
		const { actor, settle, answer } = start({ gate: Promise.resolve() });
		expect(phaseOf(actor.getSnapshot())).toBe('answering');
		check(actor, wrong);
		expect(phaseOf(actor.getSnapshot())).toBe('saving');
		await settle();
		expect(phaseOf(actor.getSnapshot())).toBe('retry');
		await answer(right);
		expect(phaseOf(actor.getSnapshot())).toBe('answered');
	});

	it('an answer checked before the log arrives is saving, not open', () => {
		const { actor } = start({ log: null });
		check(actor, right);
		expect(phaseOf(actor.getSnapshot())).toBe('saving');
	});

	it('tells listeners once each write settles, and how it went', async () => {
		const heard: AnswerSettled[] = [];
		const stored = start();
		stored.actor.on('answer.settled', (e) => heard.push(e));
		check(stored.actor, wrong);
		await stored.settle();
		const failing = start({ fail: 'quota' });
		failing.actor.on('answer.settled', (e) => heard.push(e));
		check(failing.actor, right);
		await failing.settle();
		expect(heard).toEqual([
			{ type: 'answer.settled', questionId: 'q1', save: 'saved' },
			{ type: 'answer.settled', questionId: 'q1', save: 'failed' }
		]);
	});
});
