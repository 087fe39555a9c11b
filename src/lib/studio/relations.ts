import type { relationTypes, reportings } from '$lib/module/kinds';
import type { DraftContent } from './draft';
import { suggestReporting, type DraftSentence } from './events';
import { obj, str } from './read';

export type RelationType = (typeof relationTypes)[number];
type Reporting = (typeof reportings)[number];

/** A relation as module.yaml writes it: "from <type> to", with the sentence that says so. */
export interface DraftRelation {
	[field: string]: unknown;
	from: string;
	type: RelationType;
	to: string;
	section: string;
	evidence: string[];
	reported: Reporting;
	note?: string;
}

export function relationsOf(content: DraftContent): DraftRelation[] {
	const list = content.rest?.relations;
	return (Array.isArray(list) ? list : []).map((x) => {
		const r = obj(x);
		return {
			...r,
			from: str(r.from),
			type: (str(r.type) || 'backs') as RelationType,
			to: str(r.to),
			section: str(r.section),
			evidence: Array.isArray(r.evidence) ? r.evidence.map(str) : [],
			reported: (str(r.reported) || 'fact') as Reporting
		};
	});
}

const withRelations = (content: DraftContent, relations: DraftRelation[]): DraftContent => ({
	...content,
	rest: { ...content.rest, relations }
});

/**
 * A relation the sentence states, between two actors chosen from the list: its section is the
 * sentence's, and how it is reported is offered from the sentence's own words.
 */
export function addRelation(
	content: DraftContent,
	sentence: DraftSentence,
	from: string,
	type: RelationType,
	to: string
): DraftContent {
	return withRelations(content, [
		...relationsOf(content),
		{
			from,
			type,
			to,
			section: sentence.section,
			evidence: [sentence.text],
			reported: suggestReporting(sentence.text)
		}
	]);
}

export function setRelation<K extends 'from' | 'type' | 'to' | 'reported' | 'note'>(
	content: DraftContent,
	index: number,
	field: K,
	value: DraftRelation[K]
): DraftContent {
	return withRelations(
		content,
		relationsOf(content).map((r, i) => {
			if (i !== index) return r;
			const next = { ...r, [field]: value };
			if (field === 'note' && !value) delete next.note;
			return next;
		})
	);
}

export function removeRelation(content: DraftContent, index: number): DraftContent {
	return withRelations(
		content,
		relationsOf(content).filter((_, i) => i !== index)
	);
}
