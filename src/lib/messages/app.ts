/** What every page says: the app, its navigation and its errors. */
export const appText = {
	appName: 'Lectern',
	skipToContent: 'Skip to content',
	settingsLink: 'Reading settings',
	updateReady:
		'A new version of Lectern is ready. Your answers are kept, including one you have not checked yet.',
	updateNow: 'Update now',
	home: 'All modules',
	breadcrumb: 'Breadcrumb',
	sectionPager: 'Other sections',
	noSuchModule: 'There is no such module.',
	noSuchSection: 'This module has no such section.',
	notFound: 'Page not found',
	errorTitle: 'Something went wrong'
} as const;
