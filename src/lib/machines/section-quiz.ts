import { and, assertEvent, assign, not, type SnapshotFrom } from 'xstate';
import { latestRound, recordsFrom, roundOf, type Attempt } from '$lib/module/progress';
import { FREE, firstOpen, ofSection } from './section-quiz-context';
import { sectionQuizSetup } from './section-quiz-setup';
export { rulesOf, sectionScore } from './section-quiz-context';
export type * from './section-quiz-types';

/**
 * A question waiting for an answer: new, to try again, or (deferred mode) saved but still open
 * to change. One definition: a saved answer exists only in deferred mode, where skipping is
 * allowed, so the three behave alike.
 */
const openQuestion = {
	always: { guard: 'hasEarly', target: 'saving', actions: 'prepareEarly' },
	on: {
		'answer.check': { target: 'saving', actions: 'prepare' },
		'question.next': [
			{ guard: and(['maySkip', 'isLast']), target: '#sectionQuiz.summary' },
			{ guard: 'maySkip', target: 'routing', actions: 'nextIndex' }
		],
		'progress.restored': { target: 'routing', actions: 'merge' }
	}
} as const;

export const sectionQuizMachine = sectionQuizSetup.createMachine({
	id: 'sectionQuiz',
	context: ({ input }) => {
		const rules = input.rules ?? FREE;
		const base = {
			moduleId: input.moduleId,
			sectionId: input.sectionId,
			questions: input.questions,
			rules
		};
		const log = ofSection(base, input.attempts ?? []);
		const closedRounds = input.closed ?? [];
		const round = Math.max(latestRound(log), ...closedRounds);
		const records = recordsFrom(
			log.filter((a) => roundOf(a) === round),
			rules.mode
		);
		return {
			...base,
			round,
			closedRounds,
			index: Math.max(firstOpen({ ...base, round, closedRounds }, records), 0),
			records,
			logLoaded: input.attempts !== undefined,
			early: null,
			pending: null,
			save: 'idle',
			saveError: null,
			closeError: null
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
				'answer.check': { actions: 'keepEarly' },
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
				},
				'section.review': { guard: 'mayReview', target: 'summary' }
			},
			states: {
				routing: {
					always: [
						{ guard: 'currentDone', target: 'answered' },
						{ guard: 'currentRetry', target: 'retry' },
						{ guard: 'currentSaved', target: 'saved' },
						{ target: 'answering' }
					]
				},
				answering: openQuestion,
				retry: openQuestion,
				// Deferred mode: an answer is kept but not checked; the student may change it.
				saved: openQuestion,
				saving: {
					on: {
						// Stay put: the write in flight decides what comes next.
						'progress.restored': { actions: 'merge' },
						'question.goto': {},
						'section.review': {}
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
								}),
								'settled'
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
								}),
								'settled'
							]
						}
					}
				},
				answered: {
					on: {
						'question.next': [
							{ guard: 'isLast', target: '#sectionQuiz.summary' },
							{ target: 'routing', actions: 'nextIndex' }
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
				'progress.restored': { actions: 'merge' },
				'section.close': { guard: 'mayClose', target: 'closing' },
				'section.retake': { guard: 'mayRetake', target: 'routing', actions: 'retake' }
			}
		},
		closing: {
			on: { 'progress.restored': { actions: 'merge' } },
			invoke: {
				src: 'closeSection',
				input: ({ context, event }) => {
					assertEvent(event, 'section.close');
					return {
						assignment: context.rules.assignment as string,
						moduleId: context.moduleId,
						sectionId: context.sectionId,
						round: context.round,
						at: event.at
					};
				},
				onDone: {
					target: 'summary',
					actions: assign({
						closedRounds: ({ context }) => [...new Set([...context.closedRounds, context.round])],
						closeError: null
					})
				},
				onError: {
					target: 'summary',
					actions: assign({
						closeError: ({ event }) =>
							event.error instanceof Error ? event.error.message : String(event.error)
					})
				}
			}
		}
	}
});

/** Where the current question stands, as the page shows it. */
export type QuizPhase = 'answering' | 'retry' | 'saved' | 'saving' | 'answered';

/** The current question's phase; an answer checked before the log arrived counts as saving. */
export function phaseOf(snapshot: SnapshotFrom<typeof sectionQuizMachine>): QuizPhase {
	if (snapshot.matches({ question: 'saving' }) || snapshot.context.early) return 'saving';
	for (const phase of ['retry', 'saved', 'answered'] as const)
		if (snapshot.matches({ question: phase })) return phase;
	return 'answering';
}
