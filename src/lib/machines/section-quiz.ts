import { and, assertEvent, assign, emit, fromPromise, not, setup, type SnapshotFrom } from 'xstate';
import { isCorrect } from '$lib/question-types/registry';
import {
	inScope,
	latestRound,
	passes,
	recordsFrom,
	roundOf,
	scoreOf,
	statusOf,
	type Attempt,
	type QuestionRecord
} from '$lib/module/progress';
import type { FeedbackMode, Rules } from '$lib/module/rules';
import type { Answer, Question } from '$lib/module/types';

/** What saving one attempt reports back. */
export interface SaveResult {
	/** The attempt as stored, with its id; without one when nothing was stored. */
	attempt: Attempt;
	/** False when this browser keeps nothing (no IndexedDB): the answer lives only in this page. */
	kept: boolean;
}

/** A section handed in, in deferred mode: from then on its answers are checked. */
export interface SectionClose {
	assignment: string;
	moduleId: string;
	sectionId: string;
	round: number;
	at: number;
}

export type SaveStatus = 'idle' | 'saved' | 'not-kept' | 'failed';

/** What an assignment sets; outside one, the student works in immediate mode. */
export interface QuizRules {
	mode: FeedbackMode;
	/** The assignment link's code; null for the student's own work. */
	assignment: string | null;
	/** Share of the points that passes the section, 0 to 100. */
	passMark: number;
}

export interface SectionQuizInput {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	/**
	 * The section's attempts log, when it is already known. Without it the quiz waits for a
	 * `progress.restored` event before it checks any answer.
	 */
	attempts?: Attempt[];
	/** Rounds of this section already handed in (deferred mode). */
	closed?: number[];
	rules?: QuizRules;
}

export interface SectionQuizContext {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	rules: QuizRules;
	/** The go at the section being worked on: a retake starts the next one. */
	round: number;
	/** Rounds handed in (deferred mode). */
	closedRounds: number[];
	index: number;
	/** The current round's tries, by question. */
	records: Record<string, QuestionRecord>;
	/** False until the log has been read: no answer is graded against an unknown past. */
	logLoaded: boolean;
	/** An answer checked before the log arrived, checked as soon as it does. */
	early: { answer: Answer; at: number } | null;
	/** The attempt being written. */
	pending: Attempt | null;
	/** How the latest write went, for the announcement after a check. */
	save: SaveStatus;
	/** Why the latest write failed. */
	saveError: string | null;
	/** Why handing the section in failed. */
	closeError: string | null;
}

export type SectionQuizEvent =
	| { type: 'answer.check'; answer: Answer; at: number }
	| { type: 'question.next' }
	| { type: 'question.goto'; index: number }
	| { type: 'progress.restored'; attempts: Attempt[]; closed?: number[] }
	| { type: 'section.review' }
	| { type: 'section.close'; at: number }
	| { type: 'section.retake' };

/** Told to whoever listens (`actor.on`) when a checked answer's write has settled, either way. */
export interface AnswerSettled {
	type: 'answer.settled';
	questionId: string;
	save: SaveStatus;
}

const FREE: QuizRules = { mode: 'immediate', assignment: null, passMark: 0 };

/** The rules for grading the current round. */
export const rulesOf = (
	c: Pick<SectionQuizContext, 'rules' | 'round' | 'closedRounds'>
): Rules => ({
	mode: c.rules.mode,
	closed: c.closedRounds.includes(c.round)
});

const current = (c: SectionQuizContext) => c.questions[c.index] as Question;
const recordOf = (c: SectionQuizContext) => c.records[current(c).id];
const statusHere = (c: SectionQuizContext) => statusOf(recordOf(c), rulesOf(c));
const allTries = (records: Record<string, QuestionRecord>) =>
	Object.values(records).flatMap((r) => r.tries);

/** The section's score in the current round. */
export const sectionScore = (c: SectionQuizContext) =>
	scoreOf(
		c.questions.map((q) => q.id),
		c.records,
		rulesOf(c)
	);

/** Adds attempts of the current round to what the page holds; no stored row counts twice. */
function mergeAttempts(c: SectionQuizContext, added: readonly Attempt[]) {
	const incoming = added.filter((a) => c.rules.assignment === null || roundOf(a) === c.round);
	const ids = new Set(incoming.flatMap((a) => (a.id ? [a.id] : [])));
	const kept = allTries(c.records).filter((a) => !a.id || !ids.has(a.id));
	return recordsFrom([...kept, ...incoming], c.rules.mode);
}

/**
 * Takes a fresh read of the round's log as the truth for stored rows (so a reset in another
 * tab empties this one too), keeping only the attempts that never reached the log (no id).
 */
function fromLog(c: SectionQuizContext, log: readonly Attempt[], round: number) {
	const unsaved = round === c.round ? allTries(c.records).filter((a) => !a.id) : [];
	return recordsFrom([...unsaved, ...log.filter((a) => roundOf(a) === round)], c.rules.mode);
}

/** The first question still waiting for the student, or -1. */
const firstOpen = (
	c: Pick<SectionQuizContext, 'questions' | 'rules' | 'round' | 'closedRounds'>,
	records: Record<string, QuestionRecord>
) =>
	c.questions.findIndex((q) => {
		const status = statusOf(records[q.id], rulesOf(c));
		return status === 'new' || status === 'retry';
	});

/** This section's attempts, in the same scope (the assignment, or the student's own work). */
const ofSection = (
	c: Pick<SectionQuizContext, 'moduleId' | 'sectionId' | 'rules'>,
	attempts: readonly Attempt[]
) =>
	attempts.filter(
		(a) =>
			a.moduleId === c.moduleId && a.sectionId === c.sectionId && inScope(a, c.rules.assignment)
	);

/** The round a log has reached: no read moves the student back to an earlier one. */
const roundAfter = (c: SectionQuizContext, log: readonly Attempt[], closed: readonly number[]) =>
	Math.max(c.round, latestRound(log), ...closed);

function attemptFor(context: SectionQuizContext, answer: Answer, at: number): Attempt {
	const question = current(context);
	const attempt: Attempt = {
		moduleId: context.moduleId,
		sectionId: context.sectionId,
		questionId: question.id,
		answer,
		correct: isCorrect(question, answer),
		try: (recordOf(context)?.tries.length ?? 0) + 1,
		at
	};
	if (context.rules.assignment !== null) {
		attempt.assignment = context.rules.assignment;
		attempt.round = context.round;
	}
	return attempt;
}

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

export const sectionQuizMachine = setup({
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
}).createMachine({
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
