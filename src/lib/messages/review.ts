/** What the review page says: loaded by that page (and the home page's count) only. */
export const reviewText = {
	title: 'Review',
	intro:
		'Questions you have answered come back here, spaced out: one you missed comes back soon, one you knew comes back later. Answering a card again moves it on.',
	loading: 'Looking for questions to review…',
	none: 'Nothing to review right now. Questions come back here a while after you answer them.',
	due: (n: number) => (n === 1 ? '1 question to review' : `${n} questions to review`),
	from: (module: string, section: string) => `From “${module}”, ${section}`,
	nextCard: 'Next question to review',
	done: 'That is all for now. Well done.',
	summary: (right: number, again: number) =>
		`You reviewed ${right + again} ${right + again === 1 ? 'question' : 'questions'}: ${right} right, ${again} to see again soon.`,
	nextDue: (when: string) => `The next question comes back on ${when}.`,
	saved: 'Review saved on this device.',
	notSaved: (why: string) => `This review could not be saved: ${why}`,
	notKept: 'This browser is not keeping data, so there is nothing to review.',
	homeLink: (n: number) =>
		n === 0
			? 'Review: nothing due now'
			: n === 1
				? 'Review: 1 question due'
				: `Review: ${n} questions due`
} as const;
