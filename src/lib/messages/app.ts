/** What every page says: the app, its navigation and its errors. */
export const appText = {
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
	forTeachers: 'For teachers',
	teachers: 'For teachers: assign a module',
	teacherResults: 'For teachers: read results',
	breadcrumb: 'Breadcrumb',
	sectionPager: 'Other sections',
	noSuchModule: 'There is no such module.',
	noSuchSection: 'This module has no such section.',
	notFound: 'Page not found',
	errorTitle: 'Something went wrong'
} as const;
