import { problemOf } from '$lib/state/problems';

/** What the student is told about keeping their work: storage problems, reset, download and restore. */
export const storageText = {
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
		'On Safari, a site’s data is deleted after 7 days without a visit, unless the site is on your Home Screen (Share, then Add to Home Screen). Download your progress, or add Lectern to your Home Screen.'
} as const;

/** A storage failure in words a student can act on; unknown causes get the general one. */
export function problemText(code: string | null | undefined): string {
	return code && code in storageText.problem
		? storageText.problem[code as keyof typeof storageText.problem]
		: storageText.problem.failed;
}

/** A storage failure in words a student can act on: what failed, and why. */
export function storageFailedText(e: unknown): string {
	return `${storageText.storageFailed} ${problemText(problemOf(e))}`;
}
