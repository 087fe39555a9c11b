import { stableShuffle } from '$lib/module/shuffle';
import type { BuildContext } from '../contract';

interface Offer {
	id: string;
	answer: string;
}
type Named = readonly { id: string; name: string }[];

/** Checks that every offered id names one of the module's places or actors, and the answer is offered. */
export function checkOffer(
	q: Offer,
	offered: readonly string[],
	field: string,
	what: 'place' | 'actor',
	known: Named,
	{ at }: BuildContext
) {
	offered.forEach((id, j) => {
		if (!known.some((k) => k.id === id)) at([field, j], `no ${what} "${id}"`);
	});
	if (!offered.includes(q.answer)) at(['answer'], `"${q.answer}" is not offered`);
}

/** The offered places or actors, named, in a mixed order fixed by the question's id. */
export function nameChoices(q: Offer, offered: readonly string[], known: Named) {
	const names = new Map(known.map((k) => [k.id, k.name]));
	return stableShuffle(
		offered.map((id) => ({ id, text: names.get(id) ?? id })),
		q.id
	);
}
