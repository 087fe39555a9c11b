/** What the studio's background editor says: earlier dates the article mentions. */
export const backgroundText = {
	background: 'Background: earlier dates',
	backgroundNote:
		'Events before the story that the article mentions ("the US invasion of 2003"). The timeline shows them apart, before the story’s own events.',
	sentence: 'The sentence that mentions it',
	add: 'Add as background',
	added: 'Added to the background: write its title.',
	title: 'Title, in a few words',
	when: 'When, as the article dates it',
	year: 'Year (for the order on the timeline)',
	evidence: 'Mentioned in:',
	remove: (title: string) => `Remove ${title} from the background`,
	untitled: (n: number) => `Background ${n}`
} as const;
