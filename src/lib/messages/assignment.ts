/** What the assignment page says to a student: loaded by that page only. */
export const assignmentText = {
	notHandedInWarning: (titles: string) =>
		`Not handed in yet, so their answers do not count: ${titles}. Open each one and press “Hand in this section” first.`,
	sectionStates: {
		locked: 'Locked',
		open: 'Not started',
		'in-progress': 'In progress',
		'to-hand-in': 'Ready to hand in',
		passed: 'Passed',
		'not-passed': 'Not passed yet',
		finished: 'Finished'
	},
	assignSections: 'Sections to do',
	dueOn: (date: string) => `Due ${date}`,
	forClass: (name: string) => `Class: ${name}`,
	assignmentLabel: 'Assignment',
	assignmentRules: 'How it works',
	assignmentSections: (n: number) => (n === 1 ? '1 section:' : `${n} sections:`),
	yourName: 'Your name or nickname',
	yourNameNote:
		'Kept only on this device, to go on your results when you hand them in. Your teacher sees the name you type here.',
	startAssignment: 'Start',
	nameNeeded: 'Type a name or nickname first.',
	pickName: 'Your name',
	pickNameNote: 'Choose your name from your class list. Not on it? Ask your teacher.',
	pickNamePlaceholder: 'Choose your name…',
	pickNameFirst: 'Choose your name first.',
	welcomeBack: (name: string) => `Welcome back, ${name}.`,
	changeName: 'Save the new name',
	nameSaved: 'Name saved on this device.',
	nameNotKept: 'This browser is not keeping data, so your name will be forgotten when you leave.',
	linkProblemTitle: 'This assignment link does not work',
	linkUnchanged: 'Nothing you have saved was changed.',
	handInTitle: 'Hand in',
	handInIntro:
		'When you are done, hand in: this makes a results file to give your teacher. Handing in again later makes a new file; nothing you did is lost.',
	handInSummary: 'Your results so far',
	handInSection: 'Section',
	handInAnswered: 'Answered',
	handInScore: 'Score',
	handInTotal: 'Total',
	handIn: 'Hand in my results',
	handInAgain: 'Hand in again',
	nextSteps: 'What to do now',
	shareWithTeacher: 'Share with your teacher',
	saveFileInstead: 'Save the file instead',
	confirmEmpty: 'You have not answered any question yet. Hand in an empty results file anyway?',
	confirmPartial: (answered: number, max: number) =>
		`You have answered ${answered} of ${max} questions: ${max - answered} ${max - answered === 1 ? 'is' : 'are'} blank and score 0. Hand in anyway?`,
	handInAnyway: 'Hand in anyway',
	notYet: 'Not yet',
	handedInOn: (when: string) => `Handed in on ${when}.`,
	changedSince:
		'You have answered more since you handed in: hand in again so that your teacher sees it.',
	fileSaved: (file: string) =>
		`Your results are saved in a file named “${file}”, in your Downloads folder (on an iPhone or iPad: in the Files app, under Downloads).`,
	howToSend:
		'To hand it in, attach that file to your class’s post for this assignment (in Google Classroom, Teams or your school’s site), or to an email to your teacher.',
	shared: (file: string) =>
		`Your results file “${file}” was handed to the app you chose. Check that it reached your teacher.`,
	notShared:
		'Not shared. Share it again, or save the file and attach it to your class’s post or an email to your teacher.',
	blankCount: (n: number) => (n === 1 ? '1 blank' : `${n} blank`),
	handInFailed: (why: string) => `The results file could not be made: ${why}`
} as const;
