import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { addForm, addTerm, formsOf, removeForm, setTerm, termsOf } from './glossary';
import { draftFromText } from './read';

const draft = () =>
	draftFromText('The peshmerga held Kirkuk. The Kurdish fighters stayed.', 'd', 1);

describe('glossary terms in the studio', () => {
	it('adds a term once, as the text writes it, whatever its capitals', () => {
		const c = addTerm(draft(), 'peshmerga');
		expect(addTerm(c, 'Peshmerga')).toBe(c);
		expect(termsOf(c)).toEqual([{ term: 'peshmerga', definition: '' }]);
	});

	it('keeps the term among its forms once another spelling is added, and drops forms it no longer needs', () => {
		let c = addForm(addTerm(draft(), 'peshmerga'), 0, 'Kurdish fighters');
		expect(formsOf(termsOf(c)[0]!)).toEqual(['peshmerga', 'Kurdish fighters']);
		c = removeForm(c, 0, 'Kurdish fighters');
		expect(termsOf(c)[0]).toEqual({ term: 'peshmerga', definition: '' });
		// The last words an entry opens at stay.
		expect(termsOf(removeForm(c, 0, 'peshmerga'))[0]).toEqual({
			term: 'peshmerga',
			definition: ''
		});
	});

	it('is checked by the build’s checker, each message at its field', () => {
		const blank = checkDraft(addTerm(draft(), 'peshmerga')).filter((x) =>
			x.field?.startsWith('glossary.')
		);
		expect(blank.map((x) => x.field)).toEqual(['glossary.0.definition']);
		const defined = setTerm(addTerm(draft(), 'peshmerga'), 0, 'definition', 'Kurdish forces.');
		expect(checkDraft(defined).filter((x) => x.field?.startsWith('glossary.'))).toEqual([]);
	});
});
