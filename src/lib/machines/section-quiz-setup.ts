import { assertEvent, assign, emit, fromPromise, setup } from 'xstate';
import { passes, statusOf, type Attempt } from '$lib/module/progress';
import {
	rulesOf,
	current,
	statusHere,
	sectionScore,
	mergeAttempts,
	fromLog,
	firstOpen,
	ofSection,
	roundAfter,
	attemptFor
} from './section-quiz-context';
import type {
	SaveResult,
	SectionClose,
	SectionQuizInput,
	SectionQuizContext,
	SectionQuizEvent,
	AnswerSettled
} from './section-quiz-types';

// What the section quiz is made of: its types, the effects a page supplies, its guards and
// actions. section-quiz.ts puts them together into states.
export const sectionQuizSetup = setup({
	types: {
		input: {} as SectionQuizInput,
		context: {} as SectionQuizContext,
		events: {} as SectionQuizEvent,
		emitted: {} as AnswerSettled
	},
	actors: {
		// The page supplies the real write; it must resolve only once the write has committed.
		saveAttempt: fromPromise<SaveResult, Attempt>(async () => {
			throw new Error('saveAttempt was not provided');
		}),
		// Deferred mode: the page records that the section was handed in, committed before it resolves.
		closeSection: fromPromise<void, SectionClose>(async () => {
			throw new Error('closeSection was not provided');
		})
	},
	guards: {
		logLoaded: ({ context }) => context.logLoaded,
		currentDone: ({ context }) => statusHere(context) === 'done',
		currentRetry: ({ context }) => statusHere(context) === 'retry',
		currentSaved: ({ context }) => statusHere(context) === 'saved',
		allDone: ({ context }) => firstOpen(context, context.records) === -1,
		hasEarly: ({ context }) => context.early !== null,
		isLast: ({ context }) => context.index >= context.questions.length - 1,
		// Immediate mode asks for an answer before moving on; the others let a student skip.
		maySkip: ({ context }) => context.rules.mode !== 'immediate',
		/** Deferred mode: the hand-in screen can be opened from any question. */
		mayReview: ({ context }) =>
			context.rules.mode === 'deferred' && !context.closedRounds.includes(context.round),
		mayClose: ({ context }) =>
			context.rules.mode === 'deferred' &&
			context.rules.assignment !== null &&
			!context.closedRounds.includes(context.round),
		/** A finished section of an assignment that missed its pass mark can be taken again. */
		mayRetake: ({ context }) => {
			const score = sectionScore(context);
			return (
				context.rules.assignment !== null &&
				score.done === score.max &&
				!passes(score, context.rules.passMark)
			);
		},
		validIndex: ({ context, event }) =>
			event.type === 'question.goto' &&
			Number.isInteger(event.index) &&
			event.index >= 0 &&
			event.index < context.questions.length
	},
	actions: {
		prepare: assign(({ context, event }) => {
			assertEvent(event, 'answer.check');
			return {
				pending: attemptFor(context, event.answer, event.at),
				save: 'idle' as const,
				saveError: null
			};
		}),
		prepareEarly: assign(({ context }) => ({
			pending: context.early ? attemptFor(context, context.early.answer, context.early.at) : null,
			early: null,
			save: 'idle' as const,
			saveError: null
		})),
		keepEarly: assign(({ context, event }) => {
			assertEvent(event, 'answer.check');
			return { early: context.early ?? { answer: event.answer, at: event.at } };
		}),
		record: assign(({ context }, params: { attempt: Attempt }) => ({
			records: mergeAttempts(context, [params.attempt]),
			pending: null
		})),
		/**
		 * The first read of the log: where the student left off decides where the quiz opens. A
		 * student who already checked an answer stays on that question; the answer is graded only
		 * if the log has no try of it, since otherwise the student has not seen its hint or result.
		 */
		load: assign(({ context, event }) => {
			assertEvent(event, 'progress.restored');
			const log = ofSection(context, event.attempts);
			const closedRounds = event.closed ?? context.closedRounds;
			const round = roundAfter(context, log, closedRounds);
			const records = fromLog(context, log, round);
			const next = { ...context, round, closedRounds };
			if (context.early) {
				// In deferred mode a saved answer may be changed: the early one is that change.
				const status = statusOf(records[current(context).id], rulesOf(next));
				return {
					round,
					closedRounds,
					records,
					logLoaded: true,
					early: status === 'new' || status === 'saved' ? context.early : null
				};
			}
			return {
				round,
				closedRounds,
				records,
				logLoaded: true,
				index: Math.max(firstOpen(next, records), 0)
			};
		}),
		/** Later reads (another tab wrote, or reset): the log is the truth; never move the student. */
		merge: assign(({ context, event }) => {
			assertEvent(event, 'progress.restored');
			const log = ofSection(context, event.attempts);
			const closedRounds = event.closed ?? context.closedRounds;
			const round = roundAfter(context, log, closedRounds);
			return { round, closedRounds, records: fromLog(context, log, round) };
		}),
		retake: assign(({ context }) => ({
			round: context.round + 1,
			records: {},
			index: 0,
			save: 'idle' as const,
			saveError: null,
			closeError: null
		})),
		nextIndex: assign({ index: ({ context }) => context.index + 1 }),
		settled: emit(({ context }) => ({
			type: 'answer.settled' as const,
			questionId: current(context).id,
			save: context.save
		}))
	}
});
