import type { actorKinds, relationTypes, reportings } from './kinds';
import type { Module } from './types';

/** One place where the text names an actor. */
export interface Mention {
	/** The id of the mention's element on its section page. */
	id: string;
	section: string;
	paragraph: number;
	/** The words as the text has them. */
	text: string;
}

/** A relation seen from one actor: "backs the Iraqi government", "backed by Iran". */
export interface RelationLine {
	type: (typeof relationTypes)[number];
	/** Whether this actor is the one doing it (from) or the one it is done to (to). */
	side: 'from' | 'to';
	other: { id: string; name: string };
	note?: string;
	/** How the article presents it: a fact, or only a report or the author's claim. */
	reported: (typeof reportings)[number];
	section: string;
	evidence: string[];
	evidenceIds: string[];
}

export interface ActorCard {
	id: string;
	name: string;
	kind: (typeof actorKinds)[number];
	aliases: string[];
	role: string;
	/** The glossary's definition, when the actor's name is also a term (such as peshmerga). */
	definition?: string;
	relations: RelationLine[];
	mentions: Mention[];
}

export interface TermCard {
	id: string;
	term: string;
	definition: string;
}

/** Every mention of every actor, in the order of the text. */
export function mentionsByActor(mod: Module): Map<string, Mention[]> {
	const out = new Map<string, Mention[]>();
	for (const section of mod.sections) {
		section.paragraphs.forEach((p, i) => {
			for (const s of p.sentences) {
				for (const link of s.links ?? []) {
					if (!link.actor) continue;
					const list = out.get(link.actor) ?? [];
					list.push({
						id: link.id,
						section: section.id,
						paragraph: i + 1,
						text: s.text.slice(link.start, link.end)
					});
					out.set(link.actor, list);
				}
			}
		});
	}
	return out;
}

/** The full card of every actor, for the who's who page and the cards in the text. */
export function actorCards(mod: Module): ActorCard[] {
	const mentions = mentionsByActor(mod);
	const names = new Map(mod.actors.map((a) => [a.id, a.name]));
	const named = (id: string) => ({ id, name: names.get(id) ?? id });
	return mod.actors.map((a) => ({
		id: a.id,
		name: a.name,
		kind: a.kind,
		aliases: a.aliases,
		role: a.role,
		definition: mod.glossary.find((g) => g.actor === a.id)?.definition,
		relations: mod.relations
			.filter((r) => r.from === a.id || r.to === a.id)
			.map((r) => ({
				type: r.type,
				side: r.from === a.id ? ('from' as const) : ('to' as const),
				other: named(r.from === a.id ? r.to : r.from),
				note: r.note,
				reported: r.reported,
				section: r.section,
				evidence: r.evidence,
				evidenceIds: r.evidenceIds
			})),
		mentions: mentions.get(a.id) ?? []
	}));
}

/** An actor's card in a section's text: its mentions here, and where else it is named. */
export interface SectionActorCard extends Omit<ActorCard, 'relations' | 'mentions'> {
	relations: Omit<RelationLine, 'evidence' | 'evidenceIds' | 'section'>[];
	mentions: Mention[];
	elsewhere: { section: string; title: string; first: string; count: number }[];
}

/** What a section page needs to open the cards of the actors and terms its text mentions. */
export function sectionCards(
	mod: Module,
	sectionId: string
): { actors: SectionActorCard[]; terms: TermCard[] } {
	const section = mod.sections.find((s) => s.id === sectionId);
	const links = (section?.paragraphs ?? []).flatMap((p) =>
		p.sentences.flatMap((s) => s.links ?? [])
	);
	const actorIds = new Set(links.flatMap((l) => (l.actor ? [l.actor] : [])));
	const termIds = new Set(links.flatMap((l) => (l.term ? [l.term] : [])));
	return {
		actors: actorCards(mod)
			.filter((c) => actorIds.has(c.id))
			.map(({ relations, mentions, ...card }) => ({
				...card,
				relations: relations.map(({ type, side, other, note, reported }) => ({
					type,
					side,
					other,
					note,
					reported
				})),
				mentions: mentions.filter((x) => x.section === sectionId),
				elsewhere: mod.sections
					.filter((s) => s.id !== sectionId)
					.flatMap((s) => {
						const here = mentions.filter((x) => x.section === s.id);
						return here[0]
							? [{ section: s.id, title: s.title, first: here[0].id, count: here.length }]
							: [];
					})
			})),
		terms: mod.glossary
			.filter((g) => termIds.has(g.id))
			.map((g): TermCard => ({ id: g.id, term: g.term, definition: g.definition }))
	};
}

/** One line of the timeline: an event of the story, or an earlier date the article mentions. */
export type TimelineEntry =
	| {
			kind: 'background';
			id: string;
			title: string;
			when: string;
			section: string;
			evidenceId: string | undefined;
	  }
	| {
			kind: 'event';
			id: string;
			order: number;
			title: string;
			when?: string;
			place: string;
			places: string[];
			actors: { id: string; name: string }[];
			reported: Module['events'][number]['reported'];
			section: string;
			evidenceId: string | undefined;
	  };

/** The background first, oldest first, then the events in the order the article tells them. */
export function timelineOf(mod: Module): TimelineEntry[] {
	const actorName = new Map(mod.actors.map((a) => [a.id, a.name]));
	const placeName = new Map(mod.places.map((p) => [p.id, p.name]));
	return [
		...mod.background.map((b): TimelineEntry => ({
			kind: 'background',
			id: b.id,
			title: b.title,
			when: b.when,
			section: b.section,
			evidenceId: b.evidenceIds[0]
		})),
		...mod.events.map((e): TimelineEntry => ({
			kind: 'event',
			id: e.id,
			order: e.order,
			title: e.title,
			when: e.when,
			place: e.place,
			places: e.places.map((p) => placeName.get(p) ?? p),
			actors: e.actors.map((id) => ({ id, name: actorName.get(id) ?? id })),
			reported: e.reported,
			section: e.section,
			evidenceId: e.evidenceIds[0]
		}))
	];
}

/** Where the text uses each glossary entry: the first link in each section. */
export function glossaryUses(mod: Module): Map<string, { section: string; first: string }[]> {
	const out = new Map<string, { section: string; first: string }[]>();
	for (const section of mod.sections) {
		const seen = new Set<string>();
		for (const p of section.paragraphs) {
			for (const s of p.sentences) {
				for (const l of s.links ?? []) {
					if (!l.term || seen.has(l.term)) continue;
					seen.add(l.term);
					out.set(l.term, [...(out.get(l.term) ?? []), { section: section.id, first: l.id }]);
				}
			}
		}
	}
	return out;
}
