import * as v from 'valibot';
import { locateQuote, parseArticle } from '$lib/module/article';
import { buildQuestion, QuestionSchema } from '$lib/question-types/builds';
import type { BuildContext } from '$lib/question-types/contract';
import type { Question, QuestionFile } from '$lib/question-types/types';
import type { DraftContent } from './draft';
import { articleOf, moduleDataOf } from './files';
import { obj, str } from './read';

/** A question built as the app will use it, to try in the studio, with its evidence's words. */
export interface QuestionPreview {
	question: Question;
	evidence: string[];
}

const list = (x: unknown): Record<string, unknown>[] =>
	Array.isArray(x) ? x.map((e) => obj(e)) : [];
const num = (x: unknown) => (typeof x === 'number' ? x : 0);

/**
 * Question `index` of the draft as the build would make it (its schema, its evidence found in its
 * section, its type's checks and display orders), or null while any of that fails: the studio
 * then shows the checker's words instead. Runs in the checker's worker, which has the build code.
 */
export function previewQuestion(content: DraftContent, index: number): QuestionPreview | null {
	const data = moduleDataOf(content);
	const parsed = v.safeParse(QuestionSchema, list(data.questions)[index]);
	if (!parsed.success) return null;
	const q: QuestionFile = parsed.output;
	const section = parseArticle(articleOf(content)).sections.find((s) => s.id === q.section);
	if (!section || !q.evidence.length) return null;
	const evidenceIds: string[] = [];
	for (const quote of q.evidence) {
		const ids = locateQuote(section, quote);
		if (!ids) return null;
		evidenceIds.push(...ids);
	}
	let sound = true;
	const relations = list(data.relations);
	const ctx: BuildContext = {
		at: () => (sound = false),
		listedTwice: (entries) => {
			const ids = entries.map((x) => (typeof x === 'string' ? x : x.id));
			if (new Set(ids).size !== ids.length) sound = false;
		},
		knownActor: (id) => {
			if (!ctx.actors.some((a) => a.id === id)) sound = false;
		},
		relates: (from, type, to) =>
			relations.some((r) => r.from === from && r.type === type && r.to === to),
		places: list(data.places).map((p) => ({
			id: str(p.id),
			name: str(p.name),
			lat: num(p.lat),
			lon: num(p.lon)
		})),
		actors: list(data.actors).map((a) => ({ id: str(a.id), name: str(a.name) })),
		events: list(data.events).map((e) => ({
			id: str(e.id),
			places: Array.isArray(e.places) ? e.places.map(str) : []
		}))
	};
	const question = buildQuestion(q.type, q, evidenceIds, ctx);
	if (!sound) return null;
	const sentences = new Map(
		section.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text])
	);
	return { question, evidence: evidenceIds.map((id) => sentences.get(id) ?? '') };
}
