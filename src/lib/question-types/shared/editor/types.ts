import type { QuestionFileOf, QuestionType } from '../../types';

/** What the checker says about one field, as the studio passes it to an editor. */
export interface FieldCheck {
	message: string;
	warning: boolean;
}

/** The module's data an editor offers to pick from: never typed by the author. */
export interface EditorContext {
	actors: readonly { id: string; name: string }[];
	places: readonly { id: string; name: string }[];
	/** The sentences of the question's section, as the app splits them. */
	sentences: readonly string[];
}

/** What every type's editor receives. */
export interface EditorProps<K extends QuestionType> {
	/** The question as module.yaml has it. */
	question: QuestionFileOf<K>;
	/** The question's key among the studio's fields (`questions.3`): its field ids follow it. */
	base: string;
	context: EditorContext;
	/** The checker's words about a field of the question (`options`, `answer`…). */
	checksOf: (field: string) => FieldCheck[] | undefined;
	/** The question changed; edits of one `group` (typing in one field) are one undo step. */
	onchange: (next: QuestionFileOf<K>, group?: string) => void;
	/** Typing in a field ended: what comes next is another undo step. */
	onseal: () => void;
}

/** The fields a new question of a type starts with, beyond those every question has. */
export type BlankOf<K extends QuestionType> = Omit<
	QuestionFileOf<K>,
	'id' | 'section' | 'prompt' | 'hint' | 'explanation' | 'evidence' | 'actors' | 'events' | 'skills'
>;
