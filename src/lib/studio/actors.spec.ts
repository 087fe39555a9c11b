import { describe, expect, it } from 'vitest';
import { actorsOf, addActor, addAlias, removeAlias, setActor } from './actors';
import { mentionsOf } from './mentions';
import { checkDraft } from './checks';
import { toggleBreak } from './draft';
import { draftFromText } from './read';

const draft = () =>
	toggleBreak(
		draftFromText(
			'Egypt took the Suez Canal. Nasser said so.\n\nThe canal was closed. President Nasser spoke again.\n\nEgypt won.',
			'd',
			1
		),
		2
	);

describe('actors in the studio', () => {
	it('adds an actor once, with an id from its name that a later rename keeps', () => {
		let c = addActor(draft(), '  Gamal  Abdel Nasser ');
		expect(addActor(c, 'Gamal Abdel Nasser')).toBe(c);
		c = setActor(c, 0, 'name', 'Nasser');
		expect(actorsOf(c)).toEqual([
			{ id: 'gamal-abdel-nasser', name: 'Nasser', kind: 'person', aliases: [], role: '' }
		]);
	});

	it('counts mentions by section, name and other spellings alike, as the app finds them', () => {
		let c = addActor(draft(), 'Nasser');
		c = addActor(c, 'Egypt');
		c = addAlias(c, 0, 'President Nasser');
		const counts = mentionsOf(c);
		// "President Nasser" is one mention, not two.
		expect(counts.get('nasser')).toEqual([2, 0]);
		expect(counts.get('egypt')).toEqual([1, 1]);
		expect(mentionsOf(removeAlias(c, 0, 'President Nasser')).get('nasser')).toEqual([2, 0]);
	});

	it('has the checker’s words about an actor placed at its field', () => {
		const c = addActor(draft(), 'Nasser');
		expect(checkDraft(c)).toContainEqual(
			expect.objectContaining({ field: 'actors.0.role', where: 'Nasser (part in the article)' })
		);
	});
});
