import type { Link } from './types';

// Apart from mentions.ts: the article's pages need only this to draw the links the build found,
// not the finding.
/** The split of a sentence into plain text and links, in order. */
export function pieces(text: string, links: readonly Link[] = []): (string | Link)[] {
	const out: (string | Link)[] = [];
	let at = 0;
	for (const link of links) {
		if (link.start > at) out.push(text.slice(at, link.start));
		out.push(link);
		at = link.end;
	}
	if (at < text.length) out.push(text.slice(at));
	return out;
}
