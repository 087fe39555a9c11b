import { createActor, fromPromise } from 'xstate';
import {
	phaseOf,
	sectionQuizMachine,
	type AnswerSettled,
	type QuizPhase,
	type QuizRules,
	type SaveResult,
	type SectionClose
} from '$lib/machines/section-quiz';
import type { Attempt } from '$lib/module/progress';
import type { Answer, Question } from '$lib/module/types';
import { ActorState } from './actor.svelte';
import { followSection, handInSection, saveAnswer } from './answers';
import { DraftStore } from './drafts';

/**
 * One section's quiz as a page runs it: the machine with its writes supplied, the live log fed
 * into it, and the answers chosen but not checked (kept across questions and reloads).
 */
export class QuizSession {
	readonly #quiz: ActorState<ReturnType<typeof startQuiz>>;
	readonly #where: { moduleId: string; sectionId: string; assignment: string | null };
	readonly #questions: Question[];
	readonly #drafts: DraftStore;
	#chosen = $state.raw<Record<string, Answer>>({});

	constructor(input: {
		moduleId: string;
		sectionId: string;
		questions: Question[];
		rules: QuizRules;
	}) {
		this.#where = {
			moduleId: input.moduleId,
			sectionId: input.sectionId,
			assignment: input.rules.assignment
		};
		this.#questions = input.questions;
		this.#drafts = new DraftStore(this.#where);
		this.#quiz = new ActorState(startQuiz(input));
	}

	get snapshot() {
		return this.#quiz.snapshot;
	}

	get phase(): QuizPhase {
		return phaseOf(this.#quiz.snapshot);
	}

	/** Answers chosen but not yet checked, by question. */
	get drafts(): Record<string, Answer> {
		return this.#chosen;
	}

	choose(questionId: string, answer: Answer) {
		this.#chosen = { ...this.#chosen, [questionId]: answer };
	}

	forgetDrafts() {
		this.#chosen = {};
	}

	send(event: Parameters<ReturnType<typeof startQuiz>['send']>[0]) {
		this.#quiz.actor.send(event);
	}

	/**
	 * Calls `listener` each time a checked answer's write settles, once the snapshot shows where
	 * that left the quiz (the machine tells during the transition, before it); returns the
	 * unsubscribe.
	 */
	onSettled(listener: (e: AnswerSettled) => void): () => void {
		return this.#quiz.actor.on('answer.settled', (e) => queueMicrotask(() => listener(e)))
			.unsubscribe;
	}

	/**
	 * Connects to the outside world once the page is interactive: the log (now, and whenever
	 * another tab writes; without a usable one the quiz goes on with none), and the drafts kept
	 * before a reload. Returns the disconnect.
	 */
	connect(): () => void {
		const stopFollowing = followSection(
			this.#where,
			(log) => this.send({ type: 'progress.restored', ...log }),
			() => this.send({ type: 'progress.restored', attempts: [] })
		);
		void this.#drafts.take(this.#questions).then((kept) => {
			this.#chosen = { ...kept, ...this.#chosen };
		});
		const keep = () => this.#drafts.keep(this.#chosen);
		// A phone may kill a hidden page without pagehide: hiding is the last sure moment.
		const hidden = () => document.visibilityState === 'hidden' && keep();
		addEventListener('pagehide', keep);
		document.addEventListener('visibilitychange', hidden);
		return () => {
			stopFollowing();
			removeEventListener('pagehide', keep);
			document.removeEventListener('visibilitychange', hidden);
		};
	}

	stop() {
		this.#quiz.stop();
	}
}

function startQuiz(input: ConstructorParameters<typeof QuizSession>[0]) {
	const machine = sectionQuizMachine.provide({
		actors: {
			saveAttempt: fromPromise<SaveResult, Attempt>(({ input }) => saveAnswer(input)),
			closeSection: fromPromise<void, SectionClose>(({ input }) => handInSection(input))
		}
	});
	return createActor(machine, { input }).start();
}
