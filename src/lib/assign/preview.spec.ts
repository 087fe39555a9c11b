import { describe, expect, it } from 'vitest';
import { classify, single } from '$lib/module/fixtures';
import type { Module, Section } from '$lib/module/types';
import { getModule } from '$lib/server/content';
import { sectionPreviews } from './preview';

const section = (id: string, number: number, words: number): Section => ({
	id,
	number,
	title: `Part ${number}`,
	paragraphs: [
		{
			quote: false,
			sentences: [{ id: `${id}-1-1`, text: Array.from({ length: words }, () => 'word').join(' ') }]
		}
	]
});

const mod = (sections: Section[], questions: Module['questions']) =>
	({ sections, questions }) as unknown as Module;

describe('the Assign page’s preview of a section', () => {
	it('adds reading time at 150 words a minute to each question’s time, rounded up', () => {
		const [first, second] = sectionPreviews(
			mod(
				[section('s1', 1, 300), section('s2', 2, 10)],
				[single('q1'), { ...single('q2') }, { ...classify('q3'), section: 's2' }]
			)
		);
		// 2 minutes of reading and two one-answer questions.
		expect(first).toMatchObject({ words: 300, minutes: 4 });
		// A few seconds of reading and a question in parts (2 minutes).
		expect(second).toMatchObject({ words: 10, minutes: 3 });
	});

	it('lists each section’s own questions with their keys in words', () => {
		const [first, second] = sectionPreviews(
			mod([section('s1', 1, 50), section('s2', 2, 50)], [single('q1')])
		);
		expect(first!.questions).toEqual([{ id: 'q1', type: 'single', title: 'Which?', key: ['A'] }]);
		expect(second!.questions).toEqual([]);
	});

	it('previews every question of the first module, each with a key', () => {
		const iraq = getModule('iraq-crisis-2014')!;
		const previews = sectionPreviews(iraq);
		expect(previews.flatMap((p) => p.questions.map((q) => q.id))).toEqual(
			iraq.sections.flatMap((s) =>
				iraq.questions.filter((q) => q.section === s.id).map((q) => q.id)
			)
		);
		for (const q of previews.flatMap((p) => p.questions)) expect(q.key.join(''), q.id).not.toBe('');
	});
});
