import type { LinkProblem } from '$lib/assign/link';
import { problemOf } from '$lib/state/problems';

/**
 * Every string the interface shows, in one place so that it can be translated. Module content
 * (the article, questions, feedback) comes from the module itself.
 */
export const m = {
	appName: 'Lectern',
	tagline: 'Read a news article closely, section by section, and check what you understood.',
	skipToContent: 'Skip to content',
	settingsLink: 'Reading settings',
	updateReady:
		'A new version of Lectern is ready. Your answers are kept, including one you have not checked yet.',
	updateNow: 'Update now',
	home: 'All modules',
	modules: 'Modules',
	noModules: 'No modules yet.',

	// Source
	by: 'By',
	publishedIn: (names: string) => `Published in ${names}`,
	republishedBy: (names: string) => `republished by ${names}`,
	kind: { news: 'News report', opinion: 'Opinion piece', analysis: 'Analysis', feature: 'Feature' },
	sourceNote: 'About this source',
	sourceAndPerspective: 'Source and perspective',
	writtenBy: 'Written by',
	publishedBy: 'Published by',
	firstPublished: 'first published it',
	republishedIt: 'republished it',
	dateLabel: 'Date',
	kindLabel: 'Kind of piece',
	readingCritically: 'Reading it critically',
	criticalTips: [
		'Who wrote it, who published it, and what do they want readers to think?',
		'Which sentences report facts that could be checked, which repeat what someone said, and which give the author’s own opinion?',
		'Which reports does the article itself call unconfirmed, or introduce with “reportedly”?',
		'Which words carry a judgement, praising, blaming or mocking, rather than a neutral description?',
		'Whose voices are quoted, and whose are missing?',
		'The piece was written on one day: what could its author not know yet?'
	],
	whatNext: 'What happened next',
	whatNextNote: (written: string) =>
		`Not part of the article. A note added by Lectern, written ${written}, with later events that standard references record, so that you can read the article as a document of its day.`,

	// Progress
	sections: 'Sections',
	sectionLabel: (n: number) => `Section ${n}`,
	progressSummary: (done: number, total: number) => `${done} of ${total} questions answered`,
	score: (points: string, max: number) => `Score: ${points} of ${max}`,
	notStarted: 'Not started',
	inProgress: 'In progress',
	finished: 'Finished',
	continue: 'Continue',
	start: 'Start reading',
	review: 'Review from the start',
	loadingProgress: 'Loading your progress…',

	// Section page
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

	// Section summary
	sectionDone: 'Section results',
	sectionScore: (points: string, max: number) => `You scored ${points} out of ${max}.`,
	missed: 'Questions to look at again',
	noneMissed: 'You got every question right at the first try.',
	goToQuestion: (n: number) => `Go to question ${n}`,
	nextSection: (title: string) => `Next section: ${title}`,
	moduleResults: 'See module results',
	unanswered: 'Questions still to answer',
	saveAnswer: 'Save answer',
	savingAnswer: 'Saving…',
	skip: 'Skip for now',
	reviewHandIn: 'Review and hand in the section',
	savedForLater: 'Answer saved on this device. It is checked when you hand in the section.',
	savedForLaterNotKept:
		'Answer noted for this page only: this browser is not keeping progress. It is checked when you hand in the section.',
	savedFailedForLater: (why: string) => `Your answer could not be saved: ${why}`,
	notAnswered: 'You gave no answer.',
	changedNotSaved: 'You changed this answer: press “Save answer” to keep the change.',
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
	openAsOwnWork:
		'Answers you give on this page count as your own practice, not for the assignment.',

	// Module summary
	moduleSummary: 'What you know',
	moduleSummaryIntro:
		'How you did on the questions about each actor and event. Follow a link to reread where the article speaks of it.',
	actors: 'Actors',
	events: 'Events',
	knows: 'You know this',
	revisit: 'Worth revisiting',
	notYet: 'Not asked yet',
	readIn: (section: string) => `Read in ${section}`,

	// Storage
	storageUnavailable:
		'This browser is not letting Lectern keep data (private browsing or blocked storage). You can do the exercise, but your progress will not be kept after you leave.',
	storageStale: 'Lectern was updated in another tab. Reload this page to keep saving your answers.',
	storageNewer:
		'Your saved progress was made by a newer version of Lectern. Reload the page to get it; until then nothing is saved here.',
	storageClosed:
		'Your saved progress is no longer reachable (site data may have been cleared). Download the answers this page still holds, then reload it: you can then restore your work from the files you downloaded.',
	storageQuota:
		'Your device is out of storage space for Lectern. Your answers stay on this page: download your progress to keep them.',
	storageWiped:
		'Your saved progress is no longer in this browser: its site data was cleared since your last visit. If you downloaded your progress, restore it from that file.',
	restoreFromFile: 'Restore your progress from a file',
	storageFailed: 'Lectern could not save to this browser’s storage.',
	storageBlocked:
		'Another Lectern tab is holding your saved progress open, so this newer version cannot update it. Close the other Lectern tabs.',
	reload: 'Reload',
	problem: {
		unavailable: 'this browser is not keeping data',
		blocked: 'another Lectern tab is holding the saved data open; close it',
		stale: 'Lectern was updated in another tab; reload the page',
		newer: 'a newer version of Lectern is in use; reload the page',
		quota: 'the device is out of storage space; download your progress',
		closed: 'the saved data is no longer reachable; reload the page',
		'handed-in':
			'this section was handed in meanwhile (in another tab?): its answers can no longer change',
		failed: 'the browser refused to save it'
	},

	// Reset and export
	yourData: 'Your progress',
	dataNote: 'Your answers are kept only in this browser, on this device. Nothing is sent anywhere.',
	download: 'Download my progress',
	downloadNote: 'A JSON file with every answer you have checked, in every module.',
	downloaded: 'Your progress file was downloaded.',
	storageKept: 'This browser has agreed to keep your progress until you delete it.',
	storageMayBeCleared:
		'This browser may clear your progress if the device runs short of space. Download it now and then to be safe.',
	askToKeep: 'Ask this browser to keep my progress',
	keepRefused: 'The browser said no: download your progress now and then.',
	persistGranted: 'This browser will keep your progress until you delete it.',
	persistRefused:
		'This browser may clear your progress if space runs short: download it now and then from the home page.',
	lastExported: (date: string) => `Last downloaded: ${date}.`,
	neverExported: 'You have not downloaded your progress yet.',
	restoreLabel: 'Restore from a progress file',
	restoreNote:
		'Adds what the file holds to what is here; nothing already here is changed or doubled.',
	restored: (added: number, known: number) =>
		`Restored: ${added === 1 ? '1 item' : `${added} items`} added${known ? `, ${known} already here` : ''}.`,
	restoreProblem: {
		'too-big': 'This file is too big to be a progress file. Nothing was changed.',
		'not-json':
			'This file is not a progress file (it is not JSON, or it was cut short). Nothing was changed.',
		'not-progress': 'This is not a Lectern progress file. Nothing was changed.',
		newer:
			'This file was made by a newer version of Lectern: reload the page and try again. Nothing was changed.',
		invalid: 'This progress file has been changed or damaged. Nothing was changed.'
	},
	restoreFailed: (why: string) => `The file could not be restored: ${why}. Nothing was changed.`,
	safariNote:
		'On Safari, a site’s data is deleted after 7 days without a visit, unless the site is on your Home Screen (Share, then Add to Home Screen). Download your progress, or add Lectern to your Home Screen.',
	reset: 'Reset this module…',
	resetConfirm: (title: string) =>
		`Delete every answer you gave in “${title}”? This cannot be undone.`,
	resetYes: 'Delete my answers',
	resetNo: 'Cancel',
	resetDone: 'Your answers for this module were deleted.',

	// Reading aids
	readingAids: 'Reading aids',
	whoIsWho: "Who's who",
	whoIsWhoIntro:
		'Every person, group and state in the article: what it is, the part it plays, and how the article says it stands to the others.',
	timeline: 'Timeline',
	mapTitle: 'Map',
	glossary: 'Glossary',
	glossaryIntro:
		'Words a reader may not know, explained in our words. Tap a word in the text to see its meaning.',
	actorKinds: {
		person: 'Person',
		'armed-group': 'Armed group',
		military: 'Armed forces',
		government: 'Government',
		state: 'State',
		party: 'Political party',
		institution: 'Institution',
		group: 'Group'
	},
	alsoCalled: 'Also called',
	meaning: 'Meaning',
	relationsTitle: 'How the article says it stands to others',
	relationVerb: {
		fights: 'fights',
		backs: 'backs',
		opposes: 'opposes',
		'part-of': 'is part of',
		leads: 'leads',
		'split-from': 'is an offshoot of'
	},
	mentionsHere: 'Where this section names it',
	mentionsElsewhere: 'Other sections that name it',
	mentionIn: (paragraph: number, words: string) => `Paragraph ${paragraph}: “${words}”`,
	sectionMentions: (title: string, count: number) =>
		`${title} (${count === 1 ? '1 mention' : `${count} mentions`})`,
	close: 'Close',
	inWhoIsWho: (name: string) => `${name} in Who's who`,
	inGlossary: 'All words in the glossary',
	reportings: {
		fact: 'Reported as fact',
		quoted: "Someone's words, quoted",
		unconfirmed: 'Unconfirmed report'
	},
	evidenceLabel: 'The article says',
	namedIn: 'Where the article names it',
	timelineIntro:
		'The events in the order the article tells them, after the earlier dates it mentions as background. Each says how the article reports it.',
	backgroundLabel: 'Background',
	storyLabel: 'As the article tells it',
	eventNumber: (n: number) => `Event ${n}`,
	where: 'Where',
	who: 'Who',
	howReported: 'How the article reports it',
	usedIn: 'Used in the text',
	mapIntro:
		'The places the article names. Choose a place on the map or in the list to see what happened there.',
	mapLabel: (title: string) => `Map of the places in ${title}`,
	mapDescription: (focus: string | undefined, names: string) =>
		focus ? `A map of ${focus} and its neighbours marking ${names}.` : `A map marking ${names}.`,
	placesTitle: 'Places and their events',
	offMap: 'Further away',
	noEvents: 'The article reports no event here; it is named for its place in the story.',
	mapChoose: 'Or choose from the list:',
	readPassage: 'Read the passage',

	// Assignments
	modeRules: {
		immediate:
			'Each answer is checked as soon as you give it. When it is wrong you get a hint and one more try: 1 point at the first try, ½ at the second.',
		deferred:
			'Your answers are saved but not checked, and you can change them until you hand the section in. Then every answer is checked, 1 point each, and you see all the feedback.',
		practice:
			'Practice: nothing is scored. Try each question as often as you like; you get a hint each time, and the answer after two misses.'
	},
	passMarkRule: (p: number) =>
		`To pass a section you need ${p}% of its points. A section you do not pass can be taken again.`,
	lockedRule: 'Each section opens once you have passed the one before it.',
	practiceLockedRule:
		'Each section opens once you have answered every question of the one before it right.',
	openingAssignment: 'Opening the assignment…',
	linkProblem: {
		empty: 'The link holds no assignment. Ask your teacher for the whole link.',
		malformed:
			'This is not a Lectern assignment link, or it was changed. Ask your teacher for the link again.',
		truncated:
			'Part of the link is missing: it was probably cut short when it was copied. Copy the whole link, or scan the QR code.',
		newer:
			'This assignment was made with a newer version of Lectern than this page. Reload the page to get the newer version.',
		'unknown-module': (id: string) =>
			`This assignment is for a module this site does not have (“${id}”). Check the link with your teacher.`,
		'unknown-section': (id: string) =>
			`This assignment names a section the module does not have (“${id}”). Check the link with your teacher.`
	},
	teachers: 'For teachers: assign a module',
	teacherResults: 'For teachers: read results',

	breadcrumb: 'Breadcrumb',
	sectionPager: 'Other sections',
	noSuchModule: 'There is no such module.',
	noSuchSection: 'This module has no such section.',
	notFound: 'Page not found',
	errorTitle: 'Something went wrong'
} as const;

/** A storage failure in words a student can act on; unknown causes get the general one. */
export function problemText(code: string | null | undefined): string {
	return code && code in m.problem ? m.problem[code as keyof typeof m.problem] : m.problem.failed;
}

/** A storage failure in words a student can act on: what failed, and why. */
export function storageFailedText(e: unknown): string {
	return `${m.storageFailed} ${problemText(problemOf(e))}`;
}

/** What is wrong with an assignment link, in words a student can act on. */
export function linkProblemText(p: LinkProblem): string {
	if (p.kind === 'unknown-module') return m.linkProblem['unknown-module'](p.module);
	if (p.kind === 'unknown-section') return m.linkProblem['unknown-section'](p.section);
	return m.linkProblem[p.kind];
}
