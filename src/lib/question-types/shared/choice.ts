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
	describeKey: (q: ChoiceQuestion) => q.choices.filter((c) => c.id === q.answer).map((c) => c.text)
};

/** A choice answer in words, for the dashboard; the id itself if the module no longer has it. */
export const choiceReport = {
	lines: (q: ChoiceQuestion, a: { choice: string }) => [
		{
			key: a.choice,
			text: q.choices.find((c) => c.id === a.choice)?.text ?? a.choice,
			right: a.choice === q.answer
		}
	]
};
