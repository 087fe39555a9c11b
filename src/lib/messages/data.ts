/** What the pages that show a student's saved work say about it (home, module): not loaded by a section. */
export const dataText = {
	yourData: 'Your progress',
	dataNote: 'Your answers are kept only in this browser, on this device. Nothing is sent anywhere.',
	reset: 'Reset this module…',
	resetConfirm: (title: string) =>
		`Delete every answer you gave in “${title}”? This cannot be undone.`,
	resetYes: 'Delete my answers',
	resetNo: 'Cancel',
	resetDone: 'Your answers for this module were deleted.'
} as const;
