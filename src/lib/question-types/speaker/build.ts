import * as v from 'valibot';
import { id, text } from '$lib/module/fields';
import type { QuestionBuild } from '../contract';
import { choiceBuild } from '../shared/choice-build';
import { choiceIds, common } from '../shared/common';
import type { SpeakerShape } from './kind';

/** Who said it: words quoted in the article, and its speaker among the actors. */
const schema = v.strictObject({
	...common,
	type: v.literal('speaker'),
	/** The quoted words, as they stand in one of the evidence sentences. */
	quote: text(600),
	/** Actor ids offered as choices. */
	options: choiceIds,
	answer: id
});
export type SpeakerFile = v.InferOutput<typeof schema>;

const offer = choiceBuild('options', 'actors');

export const speaker = {
	skill: 'speaker',
	schema,
	check(q, ctx) {
		offer.checkOffer(q, ctx);
		if (!q.evidence.some((e) => e.includes(q.quote))) {
			ctx.at(['quote'], 'not found word for word in the evidence');
		}
	},
	prepare: (q, evidenceIds, ctx) => ({
		...offer.prepare(q, evidenceIds, ctx),
		marked: q.evidence.some((e) => inQuotationMarks(e, q.quote))
	})
} satisfies QuestionBuild<SpeakerShape>;

/**
 * Whether `words` stand inside quotation marks in `sentence`: an odd number of marks before them,
 * or after them (a sentence inside a longer quotation has only its closing mark).
 */
export function inQuotationMarks(sentence: string, words: string): boolean {
	const at = sentence.indexOf(words);
	const marks = (text: string) => (text.match(/["“”]/g)?.length ?? 0) % 2 === 1;
	return at >= 0 && (marks(sentence.slice(0, at)) || marks(sentence.slice(at + words.length)));
}
