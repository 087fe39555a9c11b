import { paragraphText } from '$lib/module/article';
import type { Module, QuestionType } from '$lib/module/types';
import { questionMinutes } from '$lib/question-types/builds';
import { describeKey } from '$lib/question-types/registry';
import { questionTitle } from '$lib/question-types/reports';

/**
 * Words a minute a secondary student reads an informational text closely, as a reading
 * exercise asks (rather than skims it): a conservative figure, so that the estimate is not short.
 */
export const READING_WPM = 150;

/** One question as the Assign page previews it: what it asks and its key, in words. */
export interface PreviewQuestion {
	id: string;
	type: QuestionType;
	title: string;
	key: string[];
}

/** One section as the teacher previews it before assigning it. */
export interface SectionPreview {
	id: string;
	number: number;
	title: string;
	words: number;
	/** Reading the section and answering its questions, rounded up to whole minutes. */
	minutes: number;
	questions: PreviewQuestion[];
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Each section of a module with its questions, their keys and the time it takes. */
export function sectionPreviews(mod: Module): SectionPreview[] {
	return mod.sections.map((s) => {
		const questions = mod.questions.filter((q) => q.section === s.id);
		const words = wordCount(s.paragraphs.map(paragraphText).join(' '));
		const answering = questions.reduce((sum, q) => sum + questionMinutes(q), 0);
		return {
			id: s.id,
			number: s.number,
			title: s.title,
			words,
			minutes: Math.max(1, Math.ceil(words / READING_WPM + answering)),
			questions: questions.map((q) => ({
				id: q.id,
				type: q.type,
				title: questionTitle(q),
				key: describeKey(q)
			}))
		};
	});
}
