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
	handedIn: (file: string) => `Your results file was made: ${file}. Give it to your teacher.`,
	share: 'Send the file…',
	handInFailed: (why: string) => `The results file could not be made: ${why}`
} as const;
