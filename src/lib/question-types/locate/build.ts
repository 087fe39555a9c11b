import * as v from 'valibot';
import { id } from '$lib/module/fields';
import type { QuestionBuild } from '../contract';
import { choiceBuild } from '../shared/choice-build';
import { choiceIds, common } from '../shared/common';
import type { LocateShape } from './kind';

/** Choose on the map (or in the equivalent list) the place where something happened. */
const schema = v.strictObject({
	...common,
	type: v.literal('locate'),
	/** Ids from `places` offered as choices. */
	places: choiceIds,
	answer: id
});
export type LocateFile = v.InferOutput<typeof schema>;

const offer = choiceBuild('places', 'places');

export const locate = {
	skill: 'place',
	schema,
	needsMap: true,
	advise(questions, warn, { events }) {
		// A place where nothing in the article happens can be struck out without reading the section.
		const happenedAt = new Set(events.flatMap((e) => e.places));
		questions.forEach((q, i) => {
			if (!q.places.some((id) => id !== q.answer && happenedAt.has(id)))
				warn(
					i,
					'only the right place is where any event of the article happens: offer places of other events, so that the question needs reading'
				);
		});
	},
	check(q, ctx) {
		const { at, map: area } = ctx;
		offer.checkOffer(q, ctx);
		if (!area) at(['type'], 'a locate question needs the module to have a map');
		q.places.forEach((id, j) => {
			const p = ctx.places.find((x) => x.id === id);
			const inside =
				p &&
				area &&
				p.lon > area.west &&
				p.lon < area.east &&
				p.lat > area.south &&
				p.lat < area.north;
			if (p && area && !inside) at(['places', j], `"${id}" is outside the map`);
		});
		const where = ctx.events.filter((e) => q.events.includes(e.id)).flatMap((e) => e.places);
		if (where.length && !where.includes(q.answer)) {
			at(['answer'], `none of the question's events happened at "${q.answer}"`);
		}
	},
	prepare: offer.prepare
} satisfies QuestionBuild<LocateShape>;
