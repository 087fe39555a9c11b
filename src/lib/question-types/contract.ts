import type * as v from 'valibot';
import type { ReadingSkill } from '$lib/module/kinds';
import type { Path } from '$lib/module/problems';

/**
 * What each question type provides. A type's folder implements these; the registries (registry.ts
 * for the browser, inputs.ts for its answer input, answers.ts for results files, builds.ts for the
 * build) list the folders, and nothing else knows a type's name.
 */

/** One type's three shapes: as written in module.yaml, as the app uses it, and its answer. */
export interface TypeShape {
	file: { type: string };
	question: { type: string; evidenceIds: string[] };
	answer: { type: string };
}

/** A type's three shapes, named in its kind.ts. */
export interface Shape<File, Question, Answer> {
	file: File;
	question: Question;
	answer: Answer;
}

export type WithEvidence<Q> = Q & {
	/** Ids of the sentences that hold the question's evidence. */
	evidenceIds: string[];
};

/** One part of a multi-part answer (a statement, a pair, an item), as the student gave it. */
export interface Part {
	right: boolean;
	/** What the student gave for it, so that a mark shows only while the part stays as given. */
	given: string;
	/** The right answer for this part, in words. */
	key: string;
	/** The module's feedback for this part given wrong, if any. */
	feedback?: string;
}

/** Grading and the key's wording: what the quiz and the results dashboard need, in the browser. */
export interface QuestionKind<S extends TypeShape> {
	type: S['question']['type'];
	/** Whether the answer is right; the registry only asks with an answer of this type. */
	isCorrect(q: S['question'], a: S['answer']): boolean;
	/** Whether the student has given a whole answer: every part chosen, nothing blank. */
	isComplete(q: S['question'], a: S['answer']): boolean;
	/** The right answer in words, one line per part. */
	describeKey(q: S['question']): string[];
	/** Feedback the module gives for the wrong parts of this answer; none when left out. */
	feedbackFor?(q: S['question'], a: S['answer']): string[];
	/** A remark on a right answer: the spelling that a close misspelling was counted as. */
	rightNote?(q: S['question'], a: S['answer']): string | null;
	/** Whether the answer is typed: where choosing saves (deferred mode), it waits for a pause. */
	typed?: boolean;
	/** A multi-part answer part by part, by part id; left out for a type of one part. */
	partsOf?(q: S['question'], a: S['answer']): Record<string, Part>;
	/** The answer to start from; blank (null) when left out. */
	blankAnswer?(q: S['question']): S['answer'];
	/** The prompt's text before and after its blank, for a type whose prompt has one. */
	blank?(q: S['question']): [before: string, after: string];
}

/** One line of an answer as a teacher reads it: the whole answer, or one part or option of it. */
export interface AnswerLine {
	/** Answers alike have one key, so the class's answers can be counted. */
	key: string;
	/** The part's own words (a statement, a left item, an event), for a type of several parts. */
	part?: string;
	/** What the student gave, in the words they saw (typed text as typed). */
	text: string;
	right: boolean;
	/** The right answer for this part, in words, when it was given wrong. */
	expected?: string;
}

/** What the results dashboard needs of a type: a type's report.ts, listed in reports.ts. */
export interface QuestionReport<S extends TypeShape> {
	/** The question in one line for a teacher's list; the prompt when left out. */
	title?(q: S['question']): string;
	/** The answer in words, a line for each part or option: what the class's answers count. */
	lines(q: S['question'], a: S['answer']): AnswerLine[];
	/**
	 * Whether the lines are the parts of one answer (classify, match, order): the class's answers
	 * then show the parts most often given wrong, rather than every line.
	 */
	parts?: boolean;
}

/**
 * An answer as an LMS records it, in SCORM's interaction types (which xAPI's cmi.interaction
 * activities share), before either SCORM version writes it in its own notation.
 */
export type LmsResponse =
	| { type: 'choice'; ids: readonly string[] }
	| { type: 'fill-in'; text: string }
	| { type: 'matching'; pairs: readonly (readonly [source: string, target: string])[] }
	| { type: 'sequencing'; ids: readonly string[] };

/** What an LMS needs of a type: a type's interaction.ts, listed in interactions.ts. */
export interface QuestionInteraction<S extends TypeShape> {
	/** The student's answer as an interaction's learner response. */
	response(q: S['question'], a: S['answer']): LmsResponse;
	/** The right answer, as the interaction's correct-response pattern. */
	correct(q: S['question']): LmsResponse;
}

/** The module's data a question's key may refer to, and the ways to report a problem in it. */
export interface BuildContext {
	/** Reports a problem at a field path inside this question. */
	at(path: Path, message: string): void;
	/**
	 * Reports each repeated entry of a list of this question as `${what} "x" is listed twice`; a
	 * list of objects is checked by their ids.
	 */
	listedTwice(list: readonly (string | { id: string })[], path: Path, what: string): void;
	/** Reports an id that names no actor. */
	knownActor(id: string, path: Path): void;
	/** Whether the module's relations hold this one. */
	relates(from: string, type: string, to: string): boolean;
	places: readonly { id: string; name: string; lat: number; lon: number }[];
	map?: { west: number; south: number; east: number; north: number };
	actors: readonly { id: string; name: string }[];
	events: readonly { id: string; places: readonly string[] }[];
}

/** What a type's advice may look at beyond its own questions: the module's data. */
export interface AdviceContext {
	relations: readonly { from: string; type: string; to: string }[];
	events: readonly { id: string; places: readonly string[] }[];
}

/** What the build needs of a type: its schema, its key checks and its build-time display orders. */
export interface QuestionBuild<S extends TypeShape> {
	/** The question's entry in module.yaml; `type` must be its literal type name. */
	schema: v.GenericSchema<unknown, S['file']>;
	/** Checks the key against the question's own options and against the module's data. */
	check(q: S['file'], ctx: BuildContext): void;
	/** Whether a question of this type shows the module's map: its section page then carries it. */
	needsMap?: boolean;
	/** The reading skill its questions practise when the module names none; 'detail' if left out. */
	skill?: ReadingSkill;
	/**
	 * About how many minutes a student takes over one question of this type, evidence looked up:
	 * 1 if left out. The Assign page's time estimate adds these up.
	 */
	minutes?: number;
	/**
	 * Advice on the module's questions of this type, taken together: patterns that let a student
	 * score without reading (the key always the longest option, say). Warnings, never errors;
	 * `at` is the index of a question in `questions`, or null for the set.
	 */
	advise?(
		questions: readonly S['file'][],
		warn: (at: number | null, message: string) => void,
		module: AdviceContext
	): void;
	/** The question as the app uses it: its evidence (found for every type alike) and display orders. */
	prepare(q: S['file'], evidenceIds: string[], ctx: BuildContext): S['question'];
}
