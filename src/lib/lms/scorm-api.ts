/**
 * The two SCORM run-time APIs an LMS puts on a window that frames (or opened) the content.
 * Every call takes and returns strings: "true" and "false" for success, error codes as text.
 */
export interface Scorm12Api {
	LMSInitialize(empty: ''): string;
	LMSFinish(empty: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(empty: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
}

export interface Scorm2004Api {
	Initialize(empty: ''): string;
	Terminate(empty: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(empty: ''): string;
	GetLastError(): string;
	GetErrorString(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** What the search reads of a window: enough to test it without one. */
export interface WindowLike {
	API?: unknown;
	API_1484_11?: unknown;
	parent?: WindowLike | null;
	opener?: WindowLike | null;
}

/** ADL's bound on the walk up the frames, against a loop of frames that never ends. */
const MAX_HOPS = 500;

const has = (x: unknown, method: string) =>
	!!x && typeof (x as Record<string, unknown>)[method] === 'function';

/** The API on one window, SCORM 2004 before 1.2 where an LMS offers both. */
function apiOn(win: WindowLike): FoundApi | null {
	try {
		if (has(win.API_1484_11, 'Initialize'))
			return { version: '2004', api: win.API_1484_11 as Scorm2004Api };
		if (has(win.API, 'LMSInitialize')) return { version: '1.2', api: win.API as Scorm12Api };
	} catch {
		// A window of another origin: its properties cannot be read, so it holds no API for us.
	}
	return null;
}

/** The first API on `win` or a window that frames it, nearest first. */
function upFrom(win: WindowLike | null | undefined): FoundApi | null {
	for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
		const found = apiOn(win);
		if (found) return found;
		let parent: WindowLike | null | undefined;
		try {
			parent = win.parent;
		} catch {
			return null;
		}
		if (!parent || parent === win) return null;
		win = parent;
	}
	return null;
}

/**
 * Finds the LMS's run-time API as ADL's algorithm does: on this window and up its parents,
 * then on the window that opened it (an LMS that launches content in a new window) and up
 * its parents. Null when no LMS launched this page.
 */
export function findScormApi(win: WindowLike): FoundApi | null {
	const found = upFrom(win);
	if (found) return found;
	let opener: WindowLike | null | undefined;
	try {
		opener = win.opener;
	} catch {
		return null;
	}
	return upFrom(opener);
}
