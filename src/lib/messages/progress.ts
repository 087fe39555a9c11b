/** How far a student has got: in each section, and what they know of each actor and event. */
export const progressText = {
	sections: 'Sections',
	progressSummary: (done: number, total: number) => `${done} of ${total} questions answered`,
	notStarted: 'Not started',
	inProgress: 'In progress',
	finished: 'Finished',
	continue: 'Continue',
	start: 'Start reading',
	review: 'Review from the start',
	loadingProgress: 'Loading your progress…',
	moduleSummary: 'What you know',
	moduleSummaryIntro:
		'How you did on the questions about each actor and event. Follow a link to reread where the article speaks of it.',
	actors: 'Actors',
	events: 'Events',
	knows: 'You know this',
	revisit: 'Worth revisiting',
	notYet: 'Not asked yet',
	readIn: (section: string) => `Read in ${section}`
} as const;
