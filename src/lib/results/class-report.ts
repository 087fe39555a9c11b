import { readingSkills, type ReadingSkill } from '$lib/module/kinds';
import { idRecord } from '$lib/module/id-record';
import { cleanName } from '$lib/module/clean-name';
import type { FeedbackMode } from '$lib/module/rules';
import type { Question } from '$lib/module/types';
import { itemAnalysis, regrade, type Graded, type ItemStats } from './analysis';
import type { ResultsFile } from './file';

export interface StudentRow {
	/** Who the files are from: the student's id, or (files made before ids) the name as typed. */
	key: string;
	student: string;
	/** Rows in this class under the same name in any case: more than 1 means look closer. */
	sameName: number;
	/** The latest file counts; the others are listed, not lost. */
	latest: ResultsFile;
	files: number;
	/** Every file this student handed in, oldest first, each re-graded on its own. */
	history: { handedInAt: string; total: number; counted: boolean }[];
	graded: Graded;
	/** Points per section of the assignment, re-graded. */
	sections: Record<string, number>;
	/** Minutes from the first answer to the last. */
	minutes: number;
	late: boolean;
	/** Sections the student worked on that score below the pass mark (none without one). */
	belowPass: string[];
	/**
	 * The answer key the latest file is graded by: the module's own, or the earlier version's
	 * it was made with, or today's for a version the module no longer keeps.
	 */
	keyUsed: 'current' | 'earlier' | 'unknown';
	/** Questions answered in the latest file that the key it is graded by does not have. */
	dropped: number;
}

/** A module's answer key, and the earlier versions of it that it keeps. */
export interface ModuleKeys {
	/** The fingerprint of today's questions, as results files name it. */
	version: string;
	/** Earlier questions by the version results files made with them name. */
	earlier: ReadonlyMap<string, readonly Question[]>;
}

export interface ClassReport {
	code: string;
	title: string;
	className: string;
	due: string | null;
	mode: FeedbackMode;
	/** 0 when none was set (and always for files made before pass marks existed). */
	passMark: number;
	locked: boolean;
	sections: string[];
	/** Questions of the assignment's sections, in the module's order. */
	questions: Question[];
	students: StudentRow[];
	/** The class's mean points per section and in all, and mean minutes; null with no students. */
	average: { sections: Record<string, number>; total: number; minutes: number } | null;
	/** Names on the class list with no file yet. */
	missing: string[];
	items: ItemStats[];
	/** Per actor and per event the questions ask about: the class's share of the points, 0 to 100. */
	mastery: { kind: 'actor' | 'event'; id: string; questions: number; share: number }[];
	/** Per reading skill the questions practise: the class's share of the points, 0 to 100. */
	skills: { id: ReadingSkill; questions: number; share: number }[];
	/** Students whose latest file was made with another version of the questions, by key used. */
	otherVersions: { earlier: string[]; unknown: string[]; dropped: number };
}

/** The class's points on some questions, as a share of the most they could have had, 0 to 100. */
function shareOf(questions: readonly Question[], rows: readonly StudentRow[]): number {
	const max = questions.length * rows.length;
	const got = rows.reduce(
		(t, r) => t + questions.reduce((u, q) => u + (r.graded.points[q.id] ?? 0), 0),
		0
	);
	return max ? (100 * got) / max : 0;
}

/** The class's share of the points on the questions tagged with each actor and event. */
function masteryOf(
	asked: readonly Question[],
	rows: readonly StudentRow[]
): ClassReport['mastery'] {
	const tags = new Map<string, { kind: 'actor' | 'event'; id: string; questions: Question[] }>();
	for (const q of asked) {
		for (const [kind, ids] of [
			['actor', q.actors],
			['event', q.events]
		] as const) {
			for (const id of ids) {
				const entry = tags.get(`${kind}:${id}`) ?? { kind, id, questions: [] };
				entry.questions.push(q);
				tags.set(`${kind}:${id}`, entry);
			}
		}
	}
	return [...tags.values()].map(({ kind, id, questions }) => ({
		kind,
		id,
		questions: questions.length,
		share: shareOf(questions, rows)
	}));
}

/** The class's share of the points on each reading skill the questions practise, in the format's order. */
function skillsOf(asked: readonly Question[], rows: readonly StudentRow[]): ClassReport['skills'] {
	return readingSkills.flatMap((id) => {
		const questions = asked.filter((q) => q.skills.includes(id));
		return questions.length
			? [{ id, questions: questions.length, share: shareOf(questions, rows) }]
			: [];
	});
}

function averageOf(sections: readonly string[], rows: readonly StudentRow[]) {
	if (!rows.length) return null;
	const mean = (f: (r: StudentRow) => number) => rows.reduce((t, r) => t + f(r), 0) / rows.length;
	return {
		sections: idRecord(sections.map((s) => [s, mean((r) => r.sections[s] ?? 0)])),
		total: mean((r) => r.graded.total),
		minutes: mean((r) => r.minutes)
	};
}

const instant = (f: ResultsFile) => Date.parse(f.handedInAt);

// Two students who typed the same name (or one in another case) are two rows, never one: a
// file says who it is from by the id its device made, and older files by the name exactly.
// Names are compared as shown: a zero-width space or a bidi control makes no second "Alice".
const whoOf = (f: ResultsFile) =>
	f.studentId ? `id:${f.studentId}` : `name:${cleanName(f.student)}`;
const sameName = (a: string, b: string) =>
	cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();

/**
 * Groups imported files by assignment (the link they were made from), keeps each student's
 * latest file, and grades everything again from the raw answers.
 */
export function classReports(
	questions: readonly Question[],
	files: readonly ResultsFile[],
	/** The class list an assignment's link carries, by its code; none when it has none. */
	rosterOf: (code: string) => readonly string[] = () => [],
	/** Without them every file is graded by `questions`, whatever version it names. */
	keys?: ModuleKeys
) {
	const groups = new Map<string, ResultsFile[]>();
	for (const f of files)
		groups.set(f.assignment.code, [...(groups.get(f.assignment.code) ?? []), f]);
	return [...groups.values()].map((group): ClassReport => {
		const { assignment } = group[0]!;
		const asked = questions.filter((q) => assignment.sections.includes(q.section));
		const students = new Map<string, ResultsFile[]>();
		for (const f of group) {
			const key = whoOf(f);
			students.set(key, [...(students.get(key) ?? []), f]);
		}
		const inAssignment = (qs: readonly Question[]) =>
			qs.filter((q) => assignment.sections.includes(q.section));
		// A file is graded by the key it was answered against, when the module keeps it.
		const keyOf = (f: ResultsFile) => {
			if (!keys || f.module.version === keys.version)
				return { used: 'current' as const, by: asked };
			const earlier = keys.earlier.get(f.module.version);
			return earlier
				? { used: 'earlier' as const, by: inAssignment(earlier) }
				: { used: 'unknown' as const, by: asked };
		};
		const grade = (f: ResultsFile, by = keyOf(f).by) =>
			regrade(by, {
				student: f.student,
				mode: assignment.mode,
				attempts: f.attempts,
				closed: f.closed
			});
		const rows = [...students.entries()].map(([key, mine]): Omit<StudentRow, 'sameName'> => {
			// Instants, not text: "10:00+14:00" is earlier than "09:00Z".
			const latest = mine.reduce((a, b) => (instant(b) > instant(a) ? b : a));
			const { used, by } = keyOf(latest);
			const graded = grade(latest, by);
			const answered = new Set(latest.attempts.map((a) => `${a.sectionId} ${a.questionId}`));
			for (const q of by) answered.delete(`${q.section} ${q.id}`);
			const history = [...mine]
				.sort((a, b) => instant(a) - instant(b))
				.map((f) => ({
					handedInAt: f.handedInAt,
					total: f === latest ? graded.total : grade(f).total,
					counted: f === latest
				}));
			const sections = idRecord(
				assignment.sections.map((s) => [
					s,
					by.filter((q) => q.section === s).reduce((t, q) => t + (graded.points[q.id] ?? 0), 0)
				])
			);
			const times = latest.attempts.map((a) => a.at);
			const minutes = times.length ? (Math.max(...times) - Math.min(...times)) / 60_000 : 0;
			// The pass mark is a share of each section's points; practice has none.
			const belowPass =
				assignment.mode === 'practice' || !assignment.passMark
					? []
					: assignment.sections.filter((s) => {
							const max = by.filter((q) => q.section === s).length;
							return s in graded.rounds && sections[s]! * 100 < assignment.passMark! * max;
						});
			// Due means by the end of that day, wherever the class is: the day after begins late.
			const late = assignment.due !== null && latest.handedInAt.slice(0, 10) > assignment.due;
			return {
				key,
				student: cleanName(latest.student),
				latest,
				files: mine.length,
				history,
				graded,
				sections,
				minutes,
				late,
				belowPass,
				keyUsed: used,
				dropped: answered.size
			};
		});
		// "Student 2" before "Student 10"; names alike but for case side by side.
		const named: StudentRow[] = rows
			.map((r) => ({ ...r, sameName: rows.filter((o) => sameName(o.student, r.student)).length }))
			.sort((a, b) =>
				a.student.localeCompare(b.student, undefined, { numeric: true, sensitivity: 'base' })
			);
		const missing = rosterOf(assignment.code).filter(
			(name) => !named.some((r) => sameName(r.student, name))
		);
		return {
			code: assignment.code,
			title: assignment.title,
			className: assignment.className,
			due: assignment.due,
			mode: assignment.mode,
			passMark: assignment.passMark ?? 0,
			locked: assignment.locked ?? false,
			sections: assignment.sections,
			questions: asked,
			students: named,
			average: averageOf(assignment.sections, named),
			missing,
			items: itemAnalysis(
				asked,
				named.map((r) => r.graded)
			),
			mastery: masteryOf(asked, named),
			skills: skillsOf(asked, named),
			otherVersions: {
				earlier: named.filter((r) => r.keyUsed === 'earlier').map((r) => r.student),
				unknown: named.filter((r) => r.keyUsed === 'unknown').map((r) => r.student),
				dropped: named.reduce((t, r) => t + r.dropped, 0)
			}
		};
	});
}
