import type { ModuleFile } from '$lib/module/module-file';
import type { ModuleOutline } from '$lib/module/types';
import type { Assignment } from '$lib/assign/link';
import type { Attempt } from '$lib/module/progress';
import type { ResultsFile } from '$lib/results/file';
import type { ReviewCard } from '$lib/review/schedule';
import type { StudioDraft } from '$lib/studio/draft';

/** Every row the database holds, by table. Types only: the browser loads none of this. */

/** An attempt as stored: the log is append-only, every row has an id. */
export type StoredAttempt = Attempt & { id: string };

/** An assignment the student opened from a teacher's link, and the name they gave for it. */
export interface JoinedAssignment {
	/** The link's code (after `#`): the same link always finds the same row. */
	code: string;
	assignment: Assignment;
	name: string;
	/** Made on this device when the student joined: their results files say who they are by it. */
	studentId?: string;
	joinedAt: number;
	/** When the student last made a results file for it (ms since 1970), if ever. */
	handedInAt?: number;
}

/** An assignment a teacher made on this device, kept for the "My assignments" list. */
export interface MadeAssignment {
	/** The link's code (after `#`): the same choices make the same link, and one row. */
	code: string;
	assignment: Assignment;
	/** The module's and the sections' titles as they were when the link was made. */
	moduleTitle: string;
	sectionTitles: string[];
	madeAt: number;
}

/** A results file a teacher imported, as read and checked; keyed by its checksum. */
export interface Submission {
	checksum: string;
	/** The name of the file it came from. */
	fileName: string;
	moduleId: string;
	/** The link the assignment was made with: the files of one assignment go together. */
	assignmentCode: string;
	importedAt: number;
	file: ResultsFile;
}

/** A section handed in under an assignment in deferred mode: its answers are now checked. */
export interface ClosedSection {
	assignment: string;
	moduleId: string;
	sectionId: string;
	round: number;
	at: number;
}

/** A module a teacher is writing in the studio, as the studio holds it. */
export type StudioDraftRow = StudioDraft;

/**
 * A module opened from a module file, kept so that its pages work on every later visit and
 * offline. The file itself is kept, as it came: each page checks it again as the build would.
 */
export interface ModuleFileRow {
	/** The module's id, as its data names it. */
	id: string;
	/** The file's fingerprint (its checksum's start): what an assignment link names. */
	fingerprint: string;
	/** Enough of the module to list it and count progress, without checking it again. */
	outline: ModuleOutline;
	openedAt: number;
	file: ModuleFile;
	/**
	 * The files this one replaced, latest first (at most MAX_EARLIER_FILES): the results page
	 * grades a file by the questions it was answered against. Rows kept before it have none.
	 */
	earlier?: ModuleFile[];
}

export interface MetaRow {
	key: 'schema' | 'created' | 'exported';
	value: number;
}

export type { ReviewCard };

/** A file of everything a student has done, to keep or to restore (see progress-file.ts). */
/**
 * A progress file as downloaded (version 3): each assignment's code is written once, in
 * `codes`, and the rows name it by its place there. Written on every row, the codes made a
 * long history larger than a restore takes.
 */
export interface ProgressExport {
	format: 'lectern-progress';
	version: 3;
	exportedAt: string;
	codes: string[];
	attempts: (Omit<StoredAttempt, 'assignment'> & { assignment?: number })[];
	closedSections: (Omit<ClosedSection, 'assignment'> & { assignment: number })[];
	assignments: JoinedAssignment[];
}

/** What a restore did: rows added, and rows that were already here (kept as they were). */
export interface RestoreReport {
	added: number;
	known: number;
}
