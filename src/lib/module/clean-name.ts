/**
 * Invisible characters a name has no use for and an attacker does: zero-width spaces and word
 * joiners (a second "Alice" that looks like the first), bidi embeddings, overrides and isolates
 * (U+202E turns the rest of a line around), marks, soft hyphens and byte-order marks. The
 * joiners some scripts need between letters (U+200C, U+200D) stay.
 */
const INVISIBLE =
	/[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Whether text holds any of those characters. */
export const hasInvisible = (text: string) => text.search(INVISIBLE) >= 0;

/** A name, class name or title as people type it, in one form: NFC, no invisible controls, single spaces, trimmed. */
export function cleanName(text: string): string {
	return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
