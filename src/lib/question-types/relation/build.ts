import * as v from 'valibot';
import { id } from '$lib/module/fields';
import { relationTypes } from '$lib/module/kinds';
import type { QuestionBuild } from '../contract';
import { choiceBuild } from '../shared/choice-build';
import { choiceIds, common } from '../shared/common';
import type { RelationShape } from './kind';

/** Which actor the article says stands in a relation to another. */
const schema = v.strictObject({
	...common,
	type: v.literal('relation'),
	/** The known side and the relation; the answer is the other side, which must be in `relations`. */
	ask: v.union([
		v.strictObject({ from: id, type: v.picklist(relationTypes) }),
		v.strictObject({ type: v.picklist(relationTypes), to: id })
	]),
	options: choiceIds,
	answer: id
});
export type RelationFile = v.InferOutput<typeof schema>;

const offer = choiceBuild('options', 'actors');

export const relation = {
	skill: 'relations',
	schema,
	advise(questions, warn, { relations }) {
		// An option the article never shows in this kind of relation is no real choice.
		questions.forEach((q, i) => {
			const takesPart = (id: string) =>
				relations.some((r) => r.type === q.ask.type && (r.from === id || r.to === id));
			const known = 'from' in q.ask ? q.ask.from : q.ask.to;
			if (!q.options.some((id) => id !== q.answer && id !== known && takesPart(id)))
				warn(
					i,
					`only the right option takes part in any "${q.ask.type}" relation: offer others that do, so that the question needs reading`
				);
		});
	},
	check(q, ctx) {
		const { ask } = q;
		const { at, relates } = ctx;
		offer.checkOffer(q, ctx);
		const completes = (id: string) =>
			'from' in ask ? relates(ask.from, ask.type, id) : relates(id, ask.type, ask.to);
		ctx.knownActor('from' in ask ? ask.from : ask.to, ['ask']);
		if (!completes(q.answer)) at(['answer'], 'no such relation in relations: add it there first');
		q.options.forEach((id, j) => {
			if (id !== q.answer && completes(id))
				at(['options', j], `"${id}" is also right according to relations`);
		});
	},
	prepare: offer.prepare
} satisfies QuestionBuild<RelationShape>;
