import { actorCards, glossaryUses, sectionCards, timelineOf } from '$lib/module/cards';
import type { Module, ModuleOutline } from '$lib/module/types';
import type { DrawnMap, MapBounds, MapPlace } from '$lib/map/types';
import { needsMap } from '$lib/question-types/builds';

/**
 * What each page of a module shows, taken from the module: at build time for the site's own
 * modules, in the browser for a module opened from a file. Pure, so both are the same.
 */

/** Where a module comes from: built with the site, or opened from a file on this device. */
export type ModuleFrom = 'site' | 'file';

/** Draws a module's map (the build's drawing code, loaded in the browser only when needed). */
export type DrawMap = (places: MapPlace[], bounds: MapBounds) => DrawnMap;

export function outline(mod: Module): ModuleOutline {
	return {
		id: mod.id,
		title: mod.title,
		summary: mod.summary,
		source: mod.source,
		sections: mod.sections.map((s) => ({
			id: s.id,
			number: s.number,
			title: s.title,
			questionIds: mod.questions.filter((q) => q.section === s.id).map((q) => q.id)
		}))
	};
}

export const modulePage = (mod: Module, from: ModuleFrom) => ({
	module: { ...outline(mod), from },
	hasMap: !!mod.map,
	aftermath: mod.aftermath,
	language: mod.language,
	actors: mod.actors.map((a) => ({ id: a.id, name: a.name, sections: a.sections })),
	events: mod.events.map((e) => ({ id: e.id, title: e.title, section: e.section })),
	tags: mod.questions.map((q) => ({ id: q.id, actors: q.actors, events: q.events }))
});
export type ModulePageData = ReturnType<typeof modulePage>;

/** Whether a section asks a question on the map, and so needs it drawn. */
export const sectionNeedsMap = (mod: Module, section: string) =>
	!!mod.map && mod.questions.some((q) => q.section === section && needsMap(q));

/** A section's page; null when the module has no such section. */
export function sectionPage(mod: Module, from: ModuleFrom, section: string, draw?: DrawMap) {
	const index = mod.sections.findIndex((s) => s.id === section);
	if (index === -1) return null;
	const questions = mod.questions.filter((q) => q.section === section);
	const brief = (s: (typeof mod.sections)[number] | undefined) =>
		s && { id: s.id, number: s.number, title: s.title };
	return {
		module: {
			id: mod.id,
			from,
			title: mod.title,
			language: mod.language,
			source: mod.source,
			sectionCount: mod.sections.length,
			hasMap: !!mod.map,
			// What an assignment link is checked against, and what its locks are worked out from.
			sections: mod.sections.map((s) => ({
				id: s.id,
				title: s.title,
				questionIds: mod.questions.filter((q) => q.section === s.id).map((q) => q.id)
			}))
		},
		cards: sectionCards(mod, section),
		section: mod.sections[index]!,
		questions,
		// Only a section with a question on the map carries it.
		map:
			mod.map && draw && sectionNeedsMap(mod, section)
				? {
						map: draw(mod.places, mod.map),
						focus: mod.places.find((p) => p.id === mod.map?.focus)?.name,
						places: mod.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind }))
					}
				: null,
		previous: brief(mod.sections[index - 1]),
		next: brief(mod.sections[index + 1])
	};
}
export type SectionPageData = NonNullable<ReturnType<typeof sectionPage>>;

/** What every reading aid shows around itself. */
export const aidFrame = (mod: Module, from: ModuleFrom) => ({
	module: { id: mod.id, from, title: mod.title, hasMap: !!mod.map }
});
export type AidFrame = ReturnType<typeof aidFrame>;

/** A reading aid links back into the text: it carries the module's sections. */
const sectionsOf = (mod: Module) => ({
	sections: mod.sections.map((s) => ({ id: s.id, title: s.title }))
});

export const actorsAid = (mod: Module) => ({ ...sectionsOf(mod), actors: actorCards(mod) });
export type ActorsAidData = ReturnType<typeof actorsAid>;

export const timelineAid = (mod: Module) => ({ ...sectionsOf(mod), entries: timelineOf(mod) });
export type TimelineAidData = ReturnType<typeof timelineAid>;

export function glossaryAid(mod: Module) {
	const uses = glossaryUses(mod);
	return {
		...sectionsOf(mod),
		terms: mod.glossary
			.map((g) => ({
				id: g.id,
				term: g.term,
				definition: g.definition,
				actor: g.actor,
				uses: uses.get(g.id) ?? []
			}))
			.sort((a, b) => a.term.localeCompare(b.term, mod.language))
	};
}
export type GlossaryAidData = ReturnType<typeof glossaryAid>;

/** The map aid; null when the module has no map. */
export function mapAid(mod: Module, draw: DrawMap) {
	if (!mod.map) return null;
	const map = draw(mod.places, mod.map);
	const onMap = new Set(map.places.map((p) => p.id));
	return {
		map,
		focus: mod.places.find((p) => p.id === mod.map?.focus)?.name,
		places: mod.places.map((p) => ({
			id: p.id,
			name: p.name,
			kind: p.kind,
			description: p.description,
			onMap: onMap.has(p.id),
			events: mod.events
				.filter((e) => e.places.includes(p.id))
				.map((e) => ({ id: e.id, title: e.title, reported: e.reported }))
		}))
	};
}
export type MapAidData = NonNullable<ReturnType<typeof mapAid>>;
