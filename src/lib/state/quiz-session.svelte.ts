import { createActor, fromPromise, waitFor } from 'xstate';
import {
	phaseOf,
	sectionQuizMachine,
	type AnswerSettled,
	type QuizPhase,
	type QuizRules,
	type SaveResult,
	type SectionClose
} from '$lib/machines/section-quiz';
import { sameAnswer } from '$lib/module/canonical';
import type { Attempt } from '$lib/module/progress';
import { isComplete, isTyped } from '$lib/question-types/registry';
import type { Answer, Question } from '$lib/module/types';
import { ActorState } from './actor.svelte';
import { followSection, handInSection, saveAnswer } from './answers';
import { DraftStore } from './drafts';

/** How long typing must pause before a typed answer is saved, where choosing saves. */
const TYPING_PAUSE_MS = 800;
/** How long Check waits for the choices kept before a reload to come back, at most. */
const DRAFT_WAIT_MS = 8000;

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
	#restoring = $state(true);
	/** Deferred mode: choosing is answering, so each whole answer chosen is saved at once. */
	readonly #choosingSaves: boolean;
	#typing: ReturnType<typeof setTimeout> | undefined;

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
		this.#choosingSaves = input.rules.mode === 'deferred';
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
		if (!this.#choosingSaves) return;
		clearTimeout(this.#typing);
		if (isTyped(answer)) this.#typing = setTimeout(() => void this.saveChosen(), TYPING_PAUSE_MS);
		else void this.saveChosen();
	}

	/**
	 * Deferred mode: saves the current question's chosen answer, if it is whole and differs from
	 * the one saved, each in its own write; resolves once no write is in flight. Called when a
	 * choice is made, when the student moves on, and when a question opens with a kept choice.
	 */
	async saveChosen(): Promise<void> {
		if (!this.#choosingSaves) return;
		clearTimeout(this.#typing);
		const actor = this.#quiz.actor;
		try {
			for (;;) {
				const snap = await waitFor(actor, (s) => !s.matches('loading') && phaseOf(s) !== 'saving');
				if (!snap.matches('question')) return;
				const { questions, index, records } = snap.context;
				const q = questions[index]!;
				const draft = this.#chosen[q.id];
				const last = records[q.id]?.tries.at(-1);
				if (!draft || !isComplete(q, draft) || (last && sameAnswer(last.answer, draft))) return;
				actor.send({ type: 'answer.check', answer: draft, at: Date.now() });
				// A question no longer open (its section handed in) takes no answer: stop there.
				if (phaseOf(actor.getSnapshot()) !== 'saving') return;
			}
		} catch {
			// The quiz was stopped (the page went away): nothing is left to save into.
		}
	}

	/**
	 * True until the choices kept before a reload are back on screen: until then a blank answer
	 * on screen may be about to fill in, and checking it would say "give an answer first".
	 */
	get restoring(): boolean {
		return this.#restoring;
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
		// A kept choice whose check fails to load, or is slow to, is not waited for long: it stays
		// kept for the next visit (DraftStore), and Check works meanwhile.
		let waiting: ReturnType<typeof setTimeout> | undefined;
		const giveUp = new Promise<Record<string, Answer>>((resolve) => {
			waiting = setTimeout(() => resolve({}), DRAFT_WAIT_MS);
		});
		void Promise.race([this.#drafts.take(this.#questions).catch(() => ({})), giveUp]).then(
			(kept) => {
				clearTimeout(waiting);
				this.#chosen = { ...kept, ...this.#chosen };
				this.#restoring = false;
				void this.saveChosen();
			}
		);
		const keep = () => this.#drafts.keep(this.#chosen);
		// A phone may kill a hidden page without pagehide: hiding is the last sure moment.
		const hidden = () => document.visibilityState === 'hidden' && keep();
		addEventListener('pagehide', keep);
		document.addEventListener('visibilitychange', hidden);
		return () => {
			clearTimeout(waiting);
			stopFollowing();
			removeEventListener('pagehide', keep);
			document.removeEventListener('visibilitychange', hidden);
		};
	}

	stop() {
		clearTimeout(this.#typing);
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
