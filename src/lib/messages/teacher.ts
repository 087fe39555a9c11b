/** What the Assign page and the results dashboard say to a teacher: loaded by those pages only. */
export const teacherText = {
	dashNotHandedIn: 'not handed in',
	assignTitle: 'Assign a module',
	assignIntro:
		'Choose what your class should read, then share the link or the QR code. Everything is made on this device; no account, and nothing is sent anywhere.',
	assignModule: 'Module',
	assignName: 'Title of the assignment',
	assignClass: 'Class',
	assignRoster: 'Class list (optional)',
	assignRosterHint:
		'One name a line. Students then pick their name from it instead of typing one, and the results show who has not handed in. The list travels inside the link only.',
	assignRosterCount: (n: number) => (n === 1 ? '1 name.' : `${n} names.`),
	assignRosterRepeated: (names: string[]) => `Listed twice, kept once: ${names.join(', ')}.`,
	assignRosterTooMany: 'Only the first 60 names are kept.',
	assignDue: 'Due date (optional)',
	assignMake: 'Make the link',
	assignNeedSection: 'Choose at least one section.',
	assignNeedTitle: 'Give the assignment a title.',
	assignLink: 'Link for your students',
	assignCopy: 'Copy the link',
	assignCopied: 'Link copied.',
	assignCopyFailed: 'This browser would not copy: select the link and copy it yourself.',
	assignQr: (title: string) => `QR code of the link to “${title}”`,
	assignPrint: 'Print the instruction sheet',
	assignMode: 'Feedback',
	modeNames: {
		immediate: 'Straight away',
		deferred: 'When the section is handed in',
		practice: 'Practice'
	},
	assignPassMark: 'Pass mark for each section (%)',
	assignPassMarkNote: '0 means every finished section passes. Not used in practice.',
	assignLocked: 'Keep each section locked until the one before it is passed',
	assignNeedPassMark: 'The pass mark is a whole number from 0 to 100.',
	assignTooLong:
		'This assignment is too long for one link: shorten the class list (or its names) or the title, or split the class in two.',
	sheetSteps: [
		'Open the link, or scan the QR code with your phone’s camera.',
		'Type your name or nickname: it stays on your device.',
		'Read each section, then answer its questions.',
		'At the end, press “Hand in my results” and give your teacher the file it makes.'
	],
	dashTitle: 'Results of your classes',
	dashIntro:
		'Import the results files your students handed in. They are kept in this browser only, and graded again here from the answers they hold, against the module’s own answer key.',
	dashChecksum:
		'Each file carries a checksum: it shows a file was not damaged or edited by hand after it was made. It does not prove who made it: without a server, a determined student could forge a file.',
	dashFiles: 'Results files',
	dashDrop: 'Or drop the files here',
	dashImported: (file: string) => `${file}: imported.`,
	dashKnown: (file: string) => `${file}: already imported.`,
	dashRefused: (file: string, why: string) => `${file}: not imported: ${why}.`,
	dashNone: 'No results imported yet.',
	fileProblem: {
		'too-big': 'it is larger than 5 MB',
		'not-json': 'it is not a JSON file, or it was cut short',
		'not-results': 'it is not a Lectern results file',
		newer: 'it was made by a newer version of Lectern',
		invalid: 'some of its fields are missing, unknown or out of range',
		checksum: 'it does not match its checksum: it was changed or damaged after it was made',
		'unknown-module': 'it is for a module this site does not have',
		'not-its-link':
			'its assignment is not the one in the link it was made from: it was changed after it was made'
	},
	dashClass: (title: string, className: string) => (className ? `${title} · ${className}` : title),
	dashStudents: 'Students',
	dashHistory: (n: number) => `Every file handed in (${n})`,
	dashHistoryLine: (student: string, when: string, total: string, max: number, counted: boolean) =>
		`${student}, ${when}: ${total} of ${max}${counted ? ' (counted)' : ''}`,
	dashImporting: (done: number, total: number) => `Importing files: ${done} of ${total}`,
	dashRules: (mode: string, passMark: number, locked: boolean) =>
		[
			`Feedback: ${mode}`,
			passMark > 0 ? `pass mark ${passMark}%` : '',
			locked ? 'sections locked until the one before is passed' : ''
		]
			.filter(Boolean)
			.join(' · '),
	dashPracticeNote:
		'Practice is not scored: a section’s number is how many of its questions the student answered right in the end.',
	dashRoundNote:
		'A student who took a section again is marked with the go that counts; every go is in the file.',
	dashEarlierKey: (n: number) =>
		`${n === 1 ? 'One student’s file was' : `${n} students’ files were`} made with an earlier version of this module’s questions, and ${n === 1 ? 'is' : 'are'} graded by that version’s answer key:`,
	dashUnknownKey: (n: number) =>
		`${n === 1 ? 'One student’s file was' : `${n} students’ files were`} made with a version of this module’s questions that this site does not keep, so ${n === 1 ? 'it is' : 'they are'} graded by today’s answer key, which may not be the one the student answered:`,
	dashReopenEarlier:
		'To grade them by their own version, open the module file they were answered with on the home page, then today’s file again: the module keeps the key it replaces.',
	dashDropped: (n: number) =>
		`${n === 1 ? 'One answer is' : `${n} answers are`} to questions the key ${n === 1 ? 'it is' : 'they are'} graded by does not have, and ${n === 1 ? 'does' : 'do'} not count.`,
	dashStudent: 'Student',
	dashTotal: 'Total',
	dashMinutes: 'Minutes',
	dashHandedIn: 'Handed in',
	dashLate: 'Late',
	dashFilesCount: 'Files',
	yes: 'yes',
	no: 'no',
	dashItems: 'Question by question',
	dashItemsIntro:
		'Facility: the share of students right at the first try. Discrimination: how well the question separates students who did well on the rest from those who did not (from −100 to 100; below 20 deserves a look). First answers: what students gave first, typed answers that the grader takes as one counted together, and for a question of several parts the parts most often wrong, so that a common mistake stands out.',
	dashQuestion: 'Question',
	dashAnswered: 'Answered',
	dashFacility: 'Facility',
	dashDiscrimination: 'Discrimination',
	dashChoices: 'First answers',
	dashMastery: 'What the class knows',
	dashMasteryIntro:
		'The class’s share of the points on the questions about each actor and event, weakest first.',
	dashAbout: 'About',
	dashSkills: 'Reading skills',
	dashSkillsIntro:
		'The class’s share of the points on the questions that practise each reading skill. A question can practise more than one.',
	dashSkill: 'Skill',
	skillNames: {
		detail: 'Finding what the text says',
		source: 'Telling facts, quoted claims, unconfirmed reports and opinions apart',
		argument: 'Following the author’s argument',
		speaker: 'Who said it',
		sequence: 'Putting events in order',
		place: 'Placing events on the map',
		relations: 'How the actors stand to each other',
		vocabulary: 'Words in their context'
	},
	dashKind: { actor: 'Actor', event: 'Event' },
	dashShare: 'Share of points',
	dashCsvClass: 'Download the class table (CSV)',
	dashCsvItems: 'Download the question table (CSV)',
	dashRemove: 'Remove this class’s results…',
	dashRemoveConfirm: (name: string) => `Remove every imported file of “${name}” from this browser?`,
	dashRemoveYes: 'Remove them',
	dashMissing: (n: number) => `Not handed in yet (${n}):`,
	dashSameName: 'same name as another',
	dashSameNameNote:
		'Some students handed in under the same name (or the same name in other capitals). Their files come from different devices, so they are kept apart: check who is who.',
	dashNumber: 'No.',
	dashType: 'Type',
	dashRight: 'right',
	dashRightIs: (key: string) => `right: ${key}`,
	typeNames: {
		single: 'One answer',
		multiple: 'Several answers',
		truth: 'True, false or not stated',
		match: 'Match',
		order: 'Order',
		fill: 'Fill in the blank',
		classify: 'Fact, claim or opinion',
		locate: 'Place on the map',
		speaker: 'Who said it',
		relation: 'Relation'
	},
	dashSortBy: 'Sort by',
	dashSorted: (column: string, how: string) => `Sorted by ${column}, ${how}.`,
	dashSortHow: {
		name: ['A to Z', 'Z to A'],
		number: ['lowest first', 'highest first'],
		date: ['earliest first', 'latest first']
	},
	dashAverage: 'Class average',
	dashBelowPass: 'below pass mark',
	dashNotStarted: 'not started',
	dashPassMarkLine: (mark: number) =>
		`Pass mark: ${mark}% of each section’s points. A section below it says “below pass mark”.`,
	dashAnswersOf: 'answers',
	dashAnswersTitle: (student: string) => `Every answer ${student} gave`,
	dashTry: (n: number) => `Try ${n}`,
	dashTries: 'Tries',
	dashRightWord: 'right',
	dashWrongWord: 'wrong',
	dashPoints: (points: string) => (points === '1' ? '1 point' : `${points} points`),
	dashNoAnswer: 'No answer.',
	dashMostWrong: 'Parts most often wrong:',
	dashMore: (n: number) => `and ${n} more (in the CSV)`,
	backupTitle: 'Keep these results, or move them to another device',
	backupIntro:
		'They are kept in this browser only. Download every imported file as one backup, and restore it in another browser or on another device: it is merged with what is there, and nothing is counted twice.',
	backupDownload: 'Download all results (backup)',
	backupNothing: 'Nothing is imported yet, so there is nothing to download.',
	backupSaved: (n: number) =>
		`Backup of ${n === 1 ? '1 file' : `${n} files`} saved to your downloads.`,
	backupRestore: 'Restore a backup',
	backupRestored: (added: number, known: number) =>
		`Backup restored: ${added === 1 ? '1 file' : `${added} files`} added, ${known} already here.`,
	backupRefused: (why: string) => `Backup not restored: ${why}. Nothing here was changed.`,
	backupProblem: {
		'too-big': 'it is larger than 60 MB',
		'not-json': 'it is not a JSON file, or it was cut short',
		'not-dashboard': 'it is not a Lectern results backup (a single results file is imported above)',
		newer: 'it was made by a newer version of Lectern',
		invalid: 'some of its fields are missing, unknown or out of range'
	},
	backupFileRefused: (file: string, why: string) => `the file ${file} in it is not valid: ${why}`,
	leftOut: (option: string) => `Left out: ${option}`,
	noAnswer: 'no answer',
	dashNotCounted: (n: number) =>
		`${n === 1 ? '1 file imported by an earlier version of Lectern is' : `${n} files imported by an earlier version of Lectern are`} not counted: the assignment in ${n === 1 ? 'it is' : 'them is'} not the one in the link ${n === 1 ? 'it was' : 'they were'} made from.`,
	dashRemoveNotCounted: (n: number) => (n === 1 ? 'Remove that file' : `Remove those ${n} files`),
	dashNotLoaded:
		'The results could not be shown: part of this page did not load. Check the connection, then reload the page. Every imported file is still kept.',
	dashReportFailed: (name: string) =>
		`The results of ${name} could not be shown. The other classes are not affected; removing this class’s files and importing them again may help.`,
	dashRemoveClass: 'Remove this class’s files',
	dashRemoved: (n: number) => (n === 1 ? '1 file removed.' : `${n} files removed.`)
} as const;
