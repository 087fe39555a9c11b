import { problemOf } from '$lib/state/problems';

/** What the student is told about keeping their work: storage problems, and downloading it. */
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
	/** The same notices on a teacher's pages, which hold no progress of the teacher's own. */
	teacherNotices: {
		unavailable:
			'This browser is not letting Lectern keep data (private browsing or blocked storage): what you import or make here is not kept after you leave.',
		quota:
			'Your device is out of storage space for Lectern: nothing more can be kept here. Free some space (other sites’ data, large files), then reload the page.',
		closed:
			'Lectern’s saved data is no longer reachable (site data may have been cleared). Reload the page.',
		wiped:
			'Lectern’s saved data is no longer in this browser: its site data was cleared since your last visit.'
	},
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
	/** A teacher's pages hold no student progress: what they lose and can do is other. */
	teacherProblem: {
		quota:
			'the device is out of storage space; free some (other sites’ data, large files), then try again'
	},
	download: 'Download my progress',
	downloadNote: 'A JSON file with every answer you have checked, in every module.',
	downloaded: 'Your progress file was downloaded.',
	persistGranted: 'This browser will keep your progress until you delete it.',
	persistRefused:
		'This browser may clear your progress if space runs short: download it now and then from the home page.'
} as const;

/** A storage failure in words a student can act on; unknown causes get the general one. */
export function problemText(
	code: string | null | undefined,
	who: 'student' | 'teacher' = 'student'
): string {
	if (who === 'teacher' && code && code in storageText.teacherProblem) {
		return storageText.teacherProblem[code as keyof typeof storageText.teacherProblem];
	}
	return code && code in storageText.problem
		? storageText.problem[code as keyof typeof storageText.problem]
		: storageText.problem.failed;
}

/** A storage failure in words a student can act on: what failed, and why. */
export function storageFailedText(e: unknown, who: 'student' | 'teacher' = 'student'): string {
	return `${storageText.storageFailed} ${problemText(problemOf(e), who)}`;
}
