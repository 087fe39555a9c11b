/**
 * Questions answered by choosing one place or actor of the module's own data (locate, speaker,
 * relation): the same grading and key text, and the same input.
 */
export interface ChoiceQuestion {
	answer: string;
	/** The offered places or actors, named, in the order the student sees them. */
	choices: { id: string; text: string }[];
}

export const choiceKind = {
	isCorrect: (q: ChoiceQuestion, a: { choice: string }) => a.choice === q.answer,
	isComplete: (_q: ChoiceQuestion, a: { choice: string }) => a.choice !== '',
	describeKey: (q: ChoiceQuestion) => q.choices.filter((c) => c.id === q.answer).map((c) => c.text),
	choiceOf: (a: { choice: string }) => a.choice,
	choiceText: (q: ChoiceQuestion, choice: string) => q.choices.find((c) => c.id === choice)?.text
};
