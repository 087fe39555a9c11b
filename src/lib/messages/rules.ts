import type { LinkProblem } from '$lib/assign/link';

/** An assignment's rules and what is wrong with its link, as a student reads them. */
export const rulesText = {
	modeRules: {
		immediate:
			'Each answer is checked as soon as you give it. When it is wrong you get a hint and one more try: 1 point at the first try, ½ at the second.',
		deferred:
			'Your answers are saved but not checked, and you can change them until you hand the section in. Then every answer is checked, 1 point each, and you see all the feedback.',
		practice:
			'Practice: nothing is scored. Try each question as often as you like; you get a hint each time, and the answer after two misses.'
	},
	passMarkRule: (p: number) =>
		`To pass a section you need ${p}% of its points. A section you do not pass can be taken again.`,
	lockedRule: 'Each section opens once you have passed the one before it.',
	practiceLockedRule:
		'Each section opens once you have answered every question of the one before it right.',
	openingAssignment: 'Opening the assignment…',
	linkProblem: {
		empty: 'The link holds no assignment. Ask your teacher for the whole link.',
		malformed:
			'This is not a Lectern assignment link, or it was changed. Ask your teacher for the link again.',
		'too-long':
			'This link is longer than any Lectern makes, so it was changed or joined to something else. Ask your teacher for the link again.',
		truncated:
			'Part of the link is missing: it was probably cut short when it was copied. Copy the whole link, or scan the QR code.',
		newer:
			'This assignment was made with a newer version of Lectern than this page. Reload the page to get the newer version.',
		'unknown-module': (id: string) =>
			`This assignment is for a module this site does not have (“${id}”). Check the link with your teacher.`,
		'unknown-section': (id: string) =>
			`This assignment names a section the module does not have (“${id}”). Check the link with your teacher.`,
		'missing-file': (id: string) =>
			`This assignment is for a module your teacher shared as a file (“${id}”), which this device has not opened yet. Open the file your teacher shared, below, and the assignment shows.`,
		'other-version': (id: string) =>
			`This device has another version of the module “${id}” than the one assigned. Open the file your teacher shared, below, to get the version assigned.`
	}
} as const;

/** What is wrong with an assignment link, in words a student can act on. */
export function linkProblemText(p: LinkProblem): string {
	if (p.kind === 'unknown-module') return rulesText.linkProblem['unknown-module'](p.module);
	if (p.kind === 'unknown-section') return rulesText.linkProblem['unknown-section'](p.section);
	if (p.kind === 'missing-file' || p.kind === 'other-version') {
		return rulesText.linkProblem[p.kind](p.module);
	}
	return rulesText.linkProblem[p.kind];
}
