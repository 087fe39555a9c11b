/** What the home page says: loaded by that page only. */
export const homeText = {
	tagline: 'Read a news article closely, section by section, and check what you understood.',
	modules: 'Modules',
	noModules: 'No modules yet.',
	forTeachers: 'For teachers',
	teachers: 'For teachers: assign a module',
	teacherResults: 'For teachers: read results',
	studio: 'For teachers: write a module (studio)'
} as const;
