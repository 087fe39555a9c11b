/** What the Assign page says about its preview and the assignments made on this device. */

const questions = (n: number) => (n === 1 ? '1 question' : `${n} questions`);
const minutes = (n: number) => (n === 1 ? 'about 1 minute' : `about ${n} minutes`);

export const assignPageText = {
	siteModules: 'This site’s modules',
	fileModules: 'Opened from a file',
	fileModuleNote:
		'This module was opened from a file. Share the file with the class as well as the link: a student who has not opened it yet is asked to, and the link works once they have.',
	fileModuleFailed: (why: string) => `This module cannot be assigned: ${why}`,
	previewTitle: 'What the students will do',
	previewTotal: (sections: number, q: number, m: number) =>
		`${sections === 1 ? '1 section' : `${sections} sections`}, ${questions(q)}, ${minutes(m)} in all.`,
	previewNote:
		'Times are estimates: reading at 150 words a minute, and a minute or two for each question.',
	previewSection: (number: number, title: string, q: number, m: number) =>
		`${number}. ${title}: ${questions(q)}, ${minutes(m)}`,
	previewKey: 'Answer:',
	previewNone: 'Choose at least one section to see its questions.'
};

export const madeText = {
	title: 'My assignments',
	intro: 'The links you made here, kept on this device only, so that you can share them again.',
	none: 'None yet: each link you make is listed here.',
	notKept: 'This browser is not keeping data, so the links you make are not listed here.',
	readFailed: 'Your assignments could not be read from this browser’s storage:',
	details: (moduleTitle: string, className: string, madeAt: string) =>
		[moduleTitle, className.trim() ? `Class ${className}` : '', `made ${madeAt}`]
			.filter(Boolean)
			.join(' · '),
	show: (title: string) => `Show the link and QR code of “${title}”`,
	showShort: 'Show the link and QR code',
	remove: 'Remove from the list',
	removeAsk: (title: string) =>
		`Remove “${title}” from your list? Its link goes on working, and results handed in stay on the results page.`,
	removeYes: 'Remove it',
	removeNo: 'Keep it',
	removed: (title: string) => `“${title}” was removed from your list.`,
	kept: 'Kept in My assignments on this device.',
	keptNot:
		'Not kept in My assignments (this browser is not keeping data). Copy the link or print the sheet.',
	keptFailed: (why: string) =>
		`Not kept in My assignments: ${why}. The link works: copy it or print the sheet.`
};
