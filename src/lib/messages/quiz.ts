/** What the section quiz says: questions, feedback, and the section's results. */
export const quizText = {
	readFirst: 'Read the section, then answer the questions below it.',
	quiz: 'Questions',
	toQuestions: 'Go to the questions',
	readAloudGroup: 'Read the section aloud',
	readAloud: 'Read aloud',
	pauseReading: 'Pause',
	resumeReading: 'Resume',
	stopReading: 'Stop reading',
	readingSpeed: 'Speed',
	feedbackRegion: 'Answer feedback',
	questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
	check: 'Check answer',
	checking: 'Saving your answer…',
	next: 'Next question',
	finishSection: 'See section results',
	previousQuestion: 'Previous question',
	chooseFirst: 'Give an answer before checking.',
	correct: 'Correct.',
	incorrect: 'Not quite.',
	correctSecond: 'Correct at the second try.',
	revealed: 'Not this time. Here is the answer.',
	hint: 'Hint',
	tryAgain: 'Try once more.',
	explanation: 'Why',
	rightAnswer: 'Right answer',
	points: (p: string) => (p === '1' ? '1 point' : `${p} points`),
	showInText: 'Show in text',
	backToQuestion: 'Back to the question',
	savedNote: 'Answer saved on this device.',
	notKeptNote:
		'Answer checked. This browser is not keeping progress, so it will be lost when you leave.',
	saveFailed: (why: string) => `Answer checked, but it could not be saved: ${why}`,
	truth: { true: 'True', false: 'False', 'not-stated': 'Not stated in the article' },
	classifyKinds: { fact: 'Reported fact', claim: 'Quoted claim', opinion: "Author's opinion" },
	chooseOne: 'Choose…',
	moveUp: (item: string) => `Move up: ${item}`,
	moveDown: (item: string) => `Move down: ${item}`,
	moved: (item: string, position: number, total: number) =>
		`${item} moved to position ${position} of ${total}.`,
	typeAnswer: 'Your answer',
	blank: '(blank)',
	selectAll: 'Select all that apply.',
	sectionDone: 'Section results',
	sectionScore: (points: string, max: number) => `You scored ${points} out of ${max}.`,
	missed: 'Questions to look at again',
	noneMissed: 'You got every question right at the first try.',
	goToQuestion: (n: number) => `Go to question ${n}`,
	nextSection: (title: string) => `Next section: ${title}`,
	moduleResults: 'See module results',
	unanswered: 'Questions still to answer',
	saveAnswer: 'Save answer',
	skip: 'Skip for now',
	reviewHandIn: 'Review and hand in the section',
	savedForLater: 'Answer saved on this device. It is checked when you hand in the section.',
	savedForLaterNotKept:
		'Answer noted for this page only: this browser is not keeping progress. It is checked when you hand in the section.',
	savedFailedForLater: (why: string) => `Your answer could not be saved: ${why}`,
	notAnswered: 'You gave no answer.',
	draftIncomplete: 'Not saved yet: answer every part, and it is saved.',
	draftPending: 'Not saved yet: it is saved when you stop typing or move on.',
	handInChanged: (n: number) =>
		n === 1
			? '1 answer was changed but not saved: the saved one will count unless you save it.'
			: `${n} answers were changed but not saved: the saved ones will count unless you save them.`,
	changeAnswerNote: 'You can change this answer until you hand in the section.',
	practiceRight: (tries: number) =>
		tries === 1 ? 'Correct, at the first try.' : `Correct, after ${tries} tries.`,
	practiceRevealed: 'Here is the answer: give it to finish the question.',
	practiceTries: (n: number) => (n === 1 ? '1 wrong try so far.' : `${n} wrong tries so far.`),
	rightSoFar: (done: number, max: number) => `Answered right: ${done} of ${max}`,
	savedSoFar: (done: number, max: number) => `Answers saved: ${done} of ${max}`,
	handInSectionTitle: 'Hand in this section',
	handInSectionIntro:
		'Check your answers, then hand the section in. After that they cannot be changed, and you see which are right.',
	handInSectionMissing: (n: number) =>
		n === 1 ? '1 question has no answer yet.' : `${n} questions have no answer yet.`,
	handInSectionButton: 'Hand in this section',
	handInBlanksConfirm: (numbers: number[]) => {
		const last = numbers.at(-1);
		const list = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} and ${last}` : `${last}`;
		return numbers.length > 1
			? `Questions ${list} have no answer and will score 0. Hand in anyway?`
			: `Question ${list} has no answer and will score 0. Hand in anyway?`;
	},
	handInAnyway: 'Hand in anyway',
	answerBlanksFirst: 'Answer them first',
	handingInSection: 'Handing in…',
	handInSectionFailed: (why: string) => `The section could not be handed in: ${why}`,
	practiceDone: (done: number, max: number) => `You answered ${done} of ${max} questions right.`,
	passed: (p: number) => `Passed: you reached the pass mark of ${p}%.`,
	notPassed: (p: number) => `Not passed yet: the pass mark is ${p}%.`,
	retake: 'Take this section again',
	retakeNote: 'Your answers so far stay in your results; the new go counts.',
	round: (n: number) => `Go ${n}`,
	backToAssignment: (title: string) => `Back to the assignment: ${title}`,
	inAssignment: (title: string) => `You are working on the assignment “${title}”.`,
	notInAssignment: 'This section is not part of the assignment.',
	assignmentHere:
		'This section is part of an assignment you joined. Answers given here count as your own practice; to work on the assignment, open it:',
	openAssignmentSection: (title: string) => `Work on it for “${title}”`,
	sectionLocked: (title: string) =>
		`This section is locked until you pass the one before it: ${title}.`,
	goToSection: (title: string) => `Go to ${title}`,
	notJoined: 'Give your name on the assignment page before you hand in.',
	openAsOwnWork: 'Answers you give on this page count as your own practice, not for the assignment.'
} as const;
