/**
 * Bytes as base64url text (RFC 4648 §5, without padding) and back: what an assignment link's
 * code and an LMS's suspend data are written in. `fromBase64Url` throws on text that is not.
 */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// A character at a time: spreading a long array into fromCharCode can exceed the stack.
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
