/**
 * What the pages that show a student's saved work say about it (home, module): keeping, reset,
 * restore. Not loaded by a section page.
 */
export const dataText = {
	yourData: 'Your progress',
	dataNote: 'Your answers are kept only in this browser, on this device. Nothing is sent anywhere.',
	reset: 'Reset this module…',
	resetConfirm: (title: string) =>
		`Delete every answer you gave in “${title}”? This cannot be undone.`,
	resetYes: 'Delete my answers',
	resetNo: 'Cancel',
	resetDone: 'Your answers for this module were deleted.',
	storageKept: 'This browser has agreed to keep your progress until you delete it.',
	storageMayBeCleared:
		'This browser may clear your progress if the device runs short of space. Download it now and then to be safe.',
	askToKeep: 'Ask this browser to keep my progress',
	keepRefused: 'The browser said no: download your progress now and then.',
	lastExported: (date: string) => `Last downloaded: ${date}.`,
	neverExported: 'You have not downloaded your progress yet.',
	restoreLabel: 'Restore from a progress file',
	restoring: 'Restoring the file… Keep this page open until it says it is done.',
	restoreProgress: (done: number, total: number) =>
		`Answers and assignments gone through: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
	restoreNote:
		'Adds what the file holds to what is here; nothing already here is changed or doubled.',
	restored: (added: number, known: number) =>
		`Restored: ${added === 1 ? '1 item' : `${added.toLocaleString('en')} items`} added${known ? `, ${known.toLocaleString('en')} already here` : ''}.`,
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
		'On Safari, a site’s data is deleted after 7 days without a visit, unless the site is on your Home Screen (Share, then Add to Home Screen). Download your progress, or add Lectern to your Home Screen.'
} as const;
