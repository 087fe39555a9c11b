import { assertEvent, assign, fromPromise, not, setup } from 'xstate';
import { isCorrect } from '$lib/module/grade';
import { recordsFrom, statusOf, type Attempt, type QuestionRecord } from '$lib/module/progress';
import type { Answer, Question } from '$lib/module/types';

/** What saving one attempt reports back. */
export interface SaveResult {
	/** The attempt as stored, with its id; without one when nothing was stored. */
	attempt: Attempt;
	/** False when this browser keeps nothing (no IndexedDB): the answer lives only in this page. */
	kept: boolean;
}

export type SaveStatus = 'idle' | 'saved' | 'not-kept' | 'failed';

export interface SectionQuizInput {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	/**
	 * The section's attempts log, when it is already known. Without it the quiz waits for a
	 * `progress.restored` event before it checks any answer.
	 */
	attempts?: Attempt[];
}

export interface SectionQuizContext {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	index: number;
	records: Record<string, QuestionRecord>;
	/** False until the log has been read: no answer is graded against an unknown past. */
	logLoaded: boolean;
	/** An answer checked before the log arrived, checked as soon as it does. */
	deferred: { answer: Answer; at: number } | null;
	/** The attempt being written. */
	pending: Attempt | null;
	/** How the latest write went, for the announcement after a check. */
	save: SaveStatus;
	/** Why the latest write failed. */
	saveError: string | null;
}

export type SectionQuizEvent =
	| { type: 'answer.check'; answer: Answer; at: number }
	| { type: 'question.next' }
	| { type: 'question.goto'; index: number }
	| { type: 'progress.restored'; attempts: Attempt[] };

const current = (c: SectionQuizContext) => c.questions[c.index] as Question;
const recordOf = (c: SectionQuizContext) => c.records[current(c).id];
const allTries = (records: Record<string, QuestionRecord>) =>
	Object.values(records).flatMap((r) => r.tries);

/** Adds attempts to what the page holds; the same stored row never counts twice. */
function mergeAttempts(records: Record<string, QuestionRecord>, incoming: readonly Attempt[]) {
	const ids = new Set(incoming.flatMap((a) => (a.id ? [a.id] : [])));
	const kept = allTries(records).filter((a) => !a.id || !ids.has(a.id));
	return recordsFrom([...kept, ...incoming]);
}

/**
 * Takes a fresh read of the section's log as the truth for stored rows (so a reset in another
 * tab empties this one too), keeping only the attempts that never reached the log (no id).
 */
function fromLog(records: Record<string, QuestionRecord>, log: readonly Attempt[]) {
	return recordsFrom([...allTries(records).filter((a) => !a.id), ...log]);
}

const firstOpen = (questions: Question[], records: Record<string, QuestionRecord>) =>
	questions.findIndex((q) => statusOf(records[q.id]) !== 'done');

const ofSection = (c: Pick<SectionQuizContext, 'moduleId' | 'sectionId'>, attempts: Attempt[]) =>
	attempts.filter((a) => a.moduleId === c.moduleId && a.sectionId === c.sectionId);

function attemptFor(context: SectionQuizContext, answer: Answer, at: number): Attempt {
	const question = current(context);
	return {
		moduleId: context.moduleId,
		sectionId: context.sectionId,
		questionId: question.id,
		answer,
		correct: isCorrect(question, answer),
		try: (recordOf(context)?.tries.length ?? 0) + 1,
		at
	};
}

export const sectionQuizMachine = setup({
	types: {
		input: {} as SectionQuizInput,
		context: {} as SectionQuizContext,
		events: {} as SectionQuizEvent
	},
	actors: {
		// The page supplies the real write; it must resolve only once the write has committed.
		saveAttempt: fromPromise<SaveResult, Attempt>(async () => {
			throw new Error('saveAttempt was not provided');
		})
	},
	guards: {
		logLoaded: ({ context }) => context.logLoaded,
		currentDone: ({ context }) => statusOf(recordOf(context)) === 'done',
		currentRetry: ({ context }) => statusOf(recordOf(context)) === 'retry',
		allDone: ({ context }) => firstOpen(context.questions, context.records) === -1,
		hasDeferred: ({ context }) => context.deferred !== null,
		isLast: ({ context }) => context.index >= context.questions.length - 1,
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
		prepareDeferred: assign(({ context }) => ({
			pending: context.deferred
				? attemptFor(context, context.deferred.answer, context.deferred.at)
				: null,
			deferred: null,
			save: 'idle' as const,
			saveError: null
		})),
		defer: assign(({ context, event }) => {
			assertEvent(event, 'answer.check');
			return { deferred: context.deferred ?? { answer: event.answer, at: event.at } };
		}),
		record: assign(({ context }, params: { attempt: Attempt }) => ({
			records: mergeAttempts(context.records, [params.attempt]),
			pending: null
		})),
		/**
		 * The first read of the log: where the student left off decides where the quiz opens. A
		 * student who already checked an answer stays on that question; the answer is graded only
		 * if the log has no try of it, since otherwise the student has not seen its hint or result.
		 */
		load: assign(({ context, event }) => {
			assertEvent(event, 'progress.restored');
			const records = fromLog(context.records, ofSection(context, event.attempts));
			if (context.deferred) {
				const here = current(context);
				return {
					records,
					logLoaded: true,
					deferred: statusOf(records[here.id]) === 'new' ? context.deferred : null
				};
			}
			return {
				records,
				logLoaded: true,
				index: Math.max(firstOpen(context.questions, records), 0)
			};
		}),
		/** Later reads (another tab wrote, or reset): the log is the truth; never move the student. */
		merge: assign(({ context, event }) => {
			assertEvent(event, 'progress.restored');
			return { records: fromLog(context.records, ofSection(context, event.attempts)) };
		})
	}
}).createMachine({
	id: 'sectionQuiz',
	context: ({ input }) => {
		const records = recordsFrom(ofSection(input, input.attempts ?? []));
		return {
			moduleId: input.moduleId,
			sectionId: input.sectionId,
			questions: input.questions,
			index: Math.max(firstOpen(input.questions, records), 0),
			records,
			logLoaded: input.attempts !== undefined,
			deferred: null,
			pending: null,
			save: 'idle',
			saveError: null
		};
	},
	initial: 'routing',
	states: {
		routing: {
			always: [
				{ guard: not('logLoaded'), target: 'loading' },
				{ guard: 'allDone', target: 'summary' },
				{ target: 'question' }
			]
		},
		loading: {
			on: {
				'answer.check': { actions: 'defer' },
				'progress.restored': { target: 'routing', actions: 'load' }
			}
		},
		question: {
			initial: 'routing',
			on: {
				'question.goto': {
					guard: 'validIndex',
					target: '.routing',
					actions: assign({ index: ({ event }) => event.index })
				}
			},
			states: {
				routing: {
					always: [
						{ guard: 'currentDone', target: 'answered' },
						{ guard: 'currentRetry', target: 'retry' },
						{ target: 'answering' }
					]
				},
				answering: {
					always: { guard: 'hasDeferred', target: 'saving', actions: 'prepareDeferred' },
					on: {
						'answer.check': { target: 'saving', actions: 'prepare' },
						'progress.restored': { target: 'routing', actions: 'merge' }
					}
				},
				retry: {
					always: { guard: 'hasDeferred', target: 'saving', actions: 'prepareDeferred' },
					on: {
						'answer.check': { target: 'saving', actions: 'prepare' },
						'progress.restored': { target: 'routing', actions: 'merge' }
					}
				},
				saving: {
					on: {
						// Stay put: the write in flight decides what comes next.
						'progress.restored': { actions: 'merge' },
						'question.goto': {}
					},
					invoke: {
						src: 'saveAttempt',
						input: ({ context }) => context.pending as Attempt,
						onDone: {
							target: 'routing',
							actions: [
								{ type: 'record', params: ({ event }) => ({ attempt: event.output.attempt }) },
								assign({
									save: ({ event }) => (event.output.kept ? 'saved' : 'not-kept'),
									saveError: null
								})
							]
						},
						onError: {
							target: 'routing',
							actions: [
								// Kept in memory (without an id) so the student sees feedback and can export it.
								{
									type: 'record',
									params: ({ context }) => ({
										attempt: { ...(context.pending as Attempt), id: undefined }
									})
								},
								assign({
									save: 'failed',
									saveError: ({ event }) =>
										event.error instanceof Error ? event.error.message : String(event.error)
								})
							]
						}
					}
				},
				answered: {
					on: {
						'question.next': [
							{ guard: 'isLast', target: '#sectionQuiz.summary' },
							{
								target: 'routing',
								actions: assign({ index: ({ context }) => context.index + 1 })
							}
						],
						'progress.restored': { target: 'routing', actions: 'merge' }
					}
				}
			}
		},
		summary: {
			on: {
				'question.goto': {
					guard: 'validIndex',
					target: 'question',
					actions: assign({ index: ({ event }) => event.index })
				},
				'progress.restored': { actions: 'merge' }
			}
		}
	}
});
