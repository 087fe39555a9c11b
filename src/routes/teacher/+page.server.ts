import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// The dashboard grades again from the raw answers, so it needs every module's answer keys:
// they ship to the browser anyway, in each section page.
export const load = (() => ({
	modules: allModules().map((mod) => ({
		id: mod.id,
		title: mod.title,
		sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
		questions: mod.questions,
		names: Object.fromEntries([
			...mod.actors.map((a) => [`actor:${a.id}`, a.name]),
			...mod.events.map((e) => [`event:${e.id}`, e.title])
		]) as Record<string, string>
	}))
})) satisfies PageServerLoad;
