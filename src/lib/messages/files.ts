import type { ModuleFileProblem } from '$lib/module/module-file';

/** What is said of module files, opened on the home page and on a file module's own pages. */
export const fileText = {
	openTitle: 'Open a module file',
	openNote:
		'A teacher can share a module as one file (made in the studio). Open it here once: it is kept on this device and works offline.',
	openLabel: 'Module file (.json)',
	opening: 'Checking the module file…',
	fromFiles: 'Opened from a file',
	remove: (title: string) => `Remove ${title} from this device`,
	removeNote: 'Your answers in it stay; open the file again to bring it back.',
	removed: (title: string) => `${title} was removed from this device. Your answers are kept.`,
	opened: {
		added: (title: string) => `${title} is ready. It is kept on this device.`,
		replaced: (title: string) =>
			`${title} was updated to the version in this file. Your answers are kept.`,
		same: (title: string) => `${title} is already on this device.`
	},
	openModule: (title: string) => `Open ${title}`,
	refused: {
		'too-big': 'This file is larger than a module file can be (2 MB). Nothing was changed.',
		'not-json': 'This is not a module file: it cannot be read as JSON. Nothing was changed.',
		'not-module':
			'This is not a Lectern module file. (A results or progress file is opened on its own page.) Nothing was changed.',
		newer:
			'This module file was made by a newer version of Lectern. Reload the page to update Lectern, then open the file again.',
		damaged:
			'This module file was changed or damaged after it was saved, so it cannot be trusted. Ask for a fresh copy. Nothing was changed.',
		broken:
			'This module has mistakes that stop it working. Ask the teacher who made it to fix them in the studio. Nothing was changed.',
		'built-in':
			'A module with this id is already part of Lectern: open it from the list of modules. (A copy made in the studio needs an id of its own.)',
		'not-kept':
			'This browser keeps nothing (a private window, or site data turned off), so a module file cannot be opened here.'
	} satisfies Record<ModuleFileProblem | 'not-kept', string>,
	mistakes: 'What the checker found:',
	missingTitle: 'This module is not on this device',
	missing: (id: string) =>
		`The module “${id}” was shared as a file. Open the file your teacher shared, and this page shows it.`,
	noModule: 'This address names no module. Open a module from the home page.',
	noSection: 'This module has no such section.',
	notReadable: (why: string) => `This module cannot be opened: ${why}`,
	noMap: 'This module has no map.'
} as const;
