import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { isCorrect } from '$lib/module/grade';
import { recordsFrom, statusOf, type Attempt, type QuestionRecord } from '$lib/module/progress';
import type { Answer, Question } from '$lib/module/types';

/** What saving one attempt reports back. */
export interface SaveResult {
	/** The attempt as stored, with its id and time. */
	attempt: Attempt;
	/** False when this browser keeps nothing (no IndexedDB): the answer lives only in this page. */
	kept: boolean;
}

export type SaveStatus = 'idle' | 'saved' | 'not-kept' | 'failed';

export interface SectionQuizInput {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	/** Attempts already in the log for this section. */
	attempts?: Attempt[];
	/** The clock, supplied so the machine stays pure and tests stay repeatable. */
	now?: () => number;
}

export interface SectionQuizContext {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	index: number;
	records: Record<string, QuestionRecord>;
	/** The attempt being written. */
	pending: Attempt | null;
	save: SaveStatus;
	/** Why the last write failed, for the message on screen. */
	saveError: string | null;
	/** True once the student has checked an answer in this page. */
	touched: boolean;
	now: () => number;
}

export type SectionQuizEvent =
	| { type: 'answer.check'; answer: Answer }
	| { type: 'question.next' }
	| { type: 'question.goto'; index: number }
	| { type: 'progress.restored'; attempts: Attempt[] };

const current = (c: SectionQuizContext) => c.questions[c.index] as Question;
const recordOf = (c: SectionQuizContext) => c.records[current(c).id];

/** Merges the log with what this page holds; attempts that never reached the log stay at the end. */
function merge(local: Record<string, QuestionRecord>, stored: Attempt[]) {
	const ids = new Set(stored.map((a) => a.id));
	const unsaved = Object.values(local)
		.flatMap((r) => r.tries)
		.filter((a) => !a.id || !ids.has(a.id));
	return recordsFrom([...stored, ...unsaved]);
}

const firstOpen = (c: Pick<SectionQuizContext, 'questions' | 'records'>) =>
	c.questions.findIndex((q) => statusOf(c.records[q.id]) !== 'done');

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
		currentDone: ({ context }) => statusOf(recordOf(context)) === 'done',
		currentRetry: ({ context }) => statusOf(recordOf(context)) === 'retry',
		allDone: ({ context }) => firstOpen(context) === -1,
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
			const question = current(context);
			return {
				pending: {
					moduleId: context.moduleId,
					sectionId: context.sectionId,
					questionId: question.id,
					answer: event.answer,
					correct: isCorrect(question, event.answer),
					try: (recordOf(context)?.tries.length ?? 0) + 1,
					at: context.now()
				},
				save: 'idle' as const,
				saveError: null
			};
		}),
		record: assign(({ context }, params: { attempt: Attempt }) => {
			const r = context.records[params.attempt.questionId] ?? { tries: [] };
			return {
				records: {
					...context.records,
					[params.attempt.questionId]: { tries: [...r.tries, params.attempt] }
				},
				pending: null,
				touched: true
			};
		}),
		restore: assign(({ context, event }) => {
			assertEvent(event, 'progress.restored');
			const mine = event.attempts.filter(
				(a) => a.moduleId === context.moduleId && a.sectionId === context.sectionId
			);
			const records = merge(context.records, mine);
			// A student who has not started here is taken to the first open question.
			if (context.touched) return { records };
			const open = firstOpen({ questions: context.questions, records });
			return { records, index: open === -1 ? context.index : open };
		})
	}
}).createMachine({
	id: 'sectionQuiz',
	context: ({ input }) => {
		const records = recordsFrom(
			(input.attempts ?? []).filter(
				(a) => a.moduleId === input.moduleId && a.sectionId === input.sectionId
			)
		);
		const open = firstOpen({ questions: input.questions, records });
		return {
			moduleId: input.moduleId,
			sectionId: input.sectionId,
			questions: input.questions,
			index: Math.max(open, 0),
			records,
			pending: null,
			save: 'idle',
			saveError: null,
			touched: false,
			now: input.now ?? Date.now
		};
	},
	initial: 'routing',
	states: {
		routing: {
			always: [{ guard: 'allDone', target: 'summary' }, { target: 'question' }]
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
					on: {
						'answer.check': { target: 'saving', actions: 'prepare' },
						'progress.restored': { target: 'routing', actions: 'restore' }
					}
				},
				retry: {
					on: {
						'answer.check': { target: 'saving', actions: 'prepare' },
						'progress.restored': { target: 'routing', actions: 'restore' }
					}
				},
				saving: {
					on: {
						// Stay put: the write in flight decides what comes next.
						'progress.restored': { actions: 'restore' },
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
								// Kept in memory so the student sees feedback and can still export it.
								{
									type: 'record',
									params: ({ context }) => ({ attempt: context.pending as Attempt })
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
							{ target: 'routing', actions: assign({ index: ({ context }) => context.index + 1 }) }
						],
						'progress.restored': { target: 'routing', actions: 'restore' }
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
				'progress.restored': { actions: 'restore' }
			}
		}
	}
});
