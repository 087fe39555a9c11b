import type { actorKinds } from '$lib/module/kinds';
import { slugOf, uniqueId, type DraftContent } from './draft';
import { obj, str } from './read';

export type ActorKind = (typeof actorKinds)[number];

/** An actor as module.yaml writes it: what the studio's actor editor shows and changes. */
export interface DraftActor {
	id: string;
	name: string;
	kind: ActorKind;
	aliases: string[];
	role: string;
}

/** The draft's actors, read from its data (a module opened in the studio keeps its own). */
export function actorsOf(content: DraftContent): DraftActor[] {
	const list = content.rest?.actors;
	return (Array.isArray(list) ? list : []).map((x) => {
		const a = obj(x);
		return {
			...a,
			id: str(a.id),
			name: str(a.name),
			kind: (str(a.kind) || 'person') as ActorKind,
			aliases: Array.isArray(a.aliases) ? a.aliases.map(str) : [],
			role: str(a.role)
		};
	});
}

const withActors = (content: DraftContent, actors: DraftActor[]): DraftContent => ({
	...content,
	rest: { ...content.rest, actors }
});

/**
 * Adds an actor named as the article writes it; its id comes from the name and never changes
 * after, since questions will refer to it. Words already an actor's name or alias add nothing.
 */
export function addActor(content: DraftContent, name: string): DraftContent {
	const words = name.trim().replace(/\s+/g, ' ');
	const actors = actorsOf(content);
	if (!words || actors.some((a) => a.name === words || a.aliases.includes(words))) return content;
	const id = uniqueId(
		slugOf(words),
		actors.map((a) => a.id)
	);
	return withActors(content, [
		...actors,
		{ id, name: words, kind: 'person', aliases: [], role: '' }
	]);
}

export function setActor<K extends 'name' | 'kind' | 'role'>(
	content: DraftContent,
	index: number,
	field: K,
	value: DraftActor[K]
): DraftContent {
	return withActors(
		content,
		actorsOf(content).map((a, i) => (i === index ? { ...a, [field]: value } : a))
	);
}

/** Adds another spelling the article uses for actor `index`; a repeated one adds nothing. */
export function addAlias(content: DraftContent, index: number, alias: string): DraftContent {
	const words = alias.trim().replace(/\s+/g, ' ');
	const actors = actorsOf(content);
	const a = actors[index];
	if (!a || !words || words === a.name || a.aliases.includes(words)) return content;
	return withActors(
		content,
		actors.map((x, i) => (i === index ? { ...x, aliases: [...x.aliases, words] } : x))
	);
}

export function removeAlias(content: DraftContent, index: number, alias: string): DraftContent {
	return withActors(
		content,
		actorsOf(content).map((x, i) =>
			i === index ? { ...x, aliases: x.aliases.filter((w) => w !== alias) } : x
		)
	);
}

export function removeActor(content: DraftContent, index: number): DraftContent {
	return withActors(
		content,
		actorsOf(content).filter((_, i) => i !== index)
	);
}
