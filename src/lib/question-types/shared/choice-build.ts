import { stableShuffle } from '$lib/module/shuffle';
import type { BuildContext } from '../contract';

type Offer<F extends string> = { id: string; answer: string } & { [K in F]: readonly string[] };

/**
 * The build parts of a type whose choices are ids of the module's places or actors (locate,
 * speaker, relation): the offer's checks, and the choices named in a mixed order.
 */
export function choiceBuild<F extends 'places' | 'options'>(field: F, from: 'places' | 'actors') {
	const what = from === 'places' ? 'place' : 'actor';
	return {
		/** Every offered id is listed once and names a known place or actor; the answer is offered. */
		checkOffer(q: Offer<F>, ctx: BuildContext) {
			const offered: readonly string[] = q[field];
			ctx.listedTwice(offered, [field], field === 'places' ? 'place' : 'option');
			offered.forEach((id, j) => {
				if (!ctx[from].some((k) => k.id === id)) ctx.at([field, j], `no ${what} "${id}"`);
			});
			if (!offered.includes(q.answer)) ctx.at(['answer'], `"${q.answer}" is not offered`);
		},
		/** The question with its choices named, in an order fixed by its id. */
		prepare<Q extends Offer<F>>(q: Q, evidenceIds: string[], ctx: BuildContext) {
			const names = new Map(ctx[from].map((k) => [k.id, k.name]));
			const offered: readonly string[] = q[field];
			const choices = offered.map((id) => ({ id, text: names.get(id) ?? id }));
			return { ...q, evidenceIds, choices: stableShuffle(choices, q.id) };
		}
	};
}
