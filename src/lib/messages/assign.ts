/** What the Assign page says about its preview and the assignments made on this device. */

const questions = (n: number) => (n === 1 ? '1 question' : `${n} questions`);
const minutes = (n: number) => (n === 1 ? 'about 1 minute' : `about ${n} minutes`);

export const assignPageText = {
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
