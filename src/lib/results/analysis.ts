import { isCorrect } from '$lib/question-types/registry';
import { idRecord } from '$lib/module/id-record';
import { answerLines, hasParts } from '$lib/question-types/reports';
import { countedRound, gradeRound, pointsOf, type Attempt } from '$lib/module/progress';
import type { FeedbackMode } from '$lib/module/rules';
import type { Answer, Question } from '$lib/module/types';

/** One student's handed-in answers, as read from a results file. */
export interface Submission {
	student: string;
	/** The assignment's feedback mode; immediate when absent. */
	mode?: FeedbackMode;
	attempts: {
		questionId: string;
		sectionId: string;
		answer: Answer;
		at: number;
		round?: number;
	}[];
	/** Sections handed in (deferred mode). */
	closed?: readonly { sectionId: string; round: number }[];
}

/** A student's points per question, worked out again from the raw answers. */
export interface Graded {
	student: string;
	points: Record<string, number>;
	/** Whether the first try was right, for every question the student answered. */
	firstRight: Record<string, boolean>;
	/** The first answer given to each question. */
	firstAnswer: Record<string, Answer>;
	/**
	 * Points in the first round, per question answered, and their sum: what the item analysis
	 * correlates, so that a retake does not mix one go's item with another go's total. In
	 * practice, where everything ends right, 1 for right at the first try.
	 */
	firstPoints: Record<string, number>;
	firstTotal: number;
	/** Sections with answers never handed in (deferred mode): they score nothing. */
	notHandedIn: string[];
	/** The round that counts, per section the student worked on. */
	rounds: Record<string, number>;
	total: number;
}

/**
 * Grades a submission against the module's own answer key. What a file says about being right
 * is never read: only the answers, in the order they were given.
 *
 * Points come from each section's counted round (its latest finished one). The first answer,
 * for the item analysis, comes from the first round, as Moodle analyses first attempts: in
 * immediate and practice mode the first try; in deferred mode the answer handed in.
 */
export function regrade(questions: readonly Question[], submission: Submission): Graded {
	const mode = submission.mode ?? 'immediate';
	const byId = new Map(questions.map((q) => [q.id, q]));
	const attempts: Attempt[] = submission.attempts.flatMap((a) => {
		const q = byId.get(a.questionId);
		if (!q || q.section !== a.sectionId) return [];
		return [{ ...a, moduleId: '', correct: isCorrect(q, a.answer), try: 0 }];
	});
	const points = idRecord<number>();
	const firstRight = idRecord<boolean>();
	const firstAnswer = idRecord<Answer>();
	const firstPoints = idRecord<number>();
	const rounds = idRecord<number>();
	const notHandedIn: string[] = [];
	for (const section of new Set(questions.map((q) => q.section))) {
		const ids = questions.filter((q) => q.section === section).map((q) => q.id);
		const mine = attempts.filter((a) => a.sectionId === section);
		// Only deferred mode hands sections in; elsewhere a stray record must not empty a round.
		const closed =
			mode === 'deferred'
				? (submission.closed ?? []).filter((c) => c.sectionId === section).map((c) => c.round)
				: [];
		const counted = countedRound(ids, mine, closed, mode);
		const first = gradeRound(ids, mine, closed, mode, 1);
		if (mine.length || closed.length) rounds[section] = counted.round;
		if (mode === 'deferred' && mine.length && !counted.rules.closed) notHandedIn.push(section);
		for (const id of ids) {
			points[id] = pointsOf(counted.records[id], counted.rules);
			const tries = first.records[id]?.tries ?? [];
			const given =
				mode === 'deferred' ? (first.rules.closed ? tries.at(-1) : undefined) : tries[0];
			if (given) {
				firstRight[id] = given.correct;
				firstAnswer[id] = given.answer;
				firstPoints[id] =
					mode === 'practice' ? Number(given.correct) : pointsOf(first.records[id], first.rules);
			}
		}
	}
	const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
	return {
		student: submission.student,
		points,
		firstRight,
		firstAnswer,
		firstPoints,
		firstTotal: sum(firstPoints),
		notHandedIn,
		rounds,
		total: sum(points)
	};
}

/** Pearson's r, or null when either list does not vary. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
	const n = xs.length;
	if (n < 2 || ys.length !== n) return null;
	const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / n;
	const [mx, my] = [mean(xs), mean(ys)];
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export interface ItemStats {
	questionId: string;
	/** Students who answered it. */
	answered: number;
	/** Share right at the first try, 0 to 100; null when nobody answered. */
	facility: number | null;
	/**
	 * As Moodle's quiz statistics: 100 × the correlation between the points on this question and
	 * the points on the rest of the test, over the students who answered it. Null when either
	 * does not vary.
	 */
	discrimination: number | null;
	/**
	 * The class's first answers in words, most frequent first: each answer, or each option chosen
	 * (multiple); for a type of several parts, the parts given wrong, so confusions stand out.
	 */
	answers: AnswerCount[];
}

export interface AnswerCount {
	/** The part's words, for a type of several parts. */
	part?: string;
	/** What was given: typed answers the grader takes as one, under their most common spelling. */
	text: string;
	count: number;
	right: boolean;
	/** The right answer for the part, for a part given wrong. */
	expected?: string;
}

/**
 * Counts the lines of the answers given, by key; a key's words are its most common spelling.
 * Most frequent first; ties in the order first given.
 */
function tally(q: Question, answers: readonly Answer[]): AnswerCount[] {
	const parts = hasParts(q);
	const counts = new Map<string, AnswerCount & { spellings: Map<string, number> }>();
	for (const answer of answers) {
		for (const line of answerLines(q, answer)) {
			if (parts && line.right) continue;
			const { key, ...said } = line;
			const entry = counts.get(key) ?? { ...said, count: 0, spellings: new Map() };
			entry.count++;
			entry.spellings.set(line.text, (entry.spellings.get(line.text) ?? 0) + 1);
			counts.set(key, entry);
		}
	}
	return [...counts.values()]
		.map(({ spellings, ...count }) => ({
			...count,
			text: [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0]
		}))
		.sort((a, b) => b.count - a.count);
}

export function itemAnalysis(
	questions: readonly Question[],
	graded: readonly Graded[]
): ItemStats[] {
	return questions.map((q) => {
		const who = graded.filter((g) => q.id in g.firstRight);
		const right = who.filter((g) => g.firstRight[q.id]).length;
		const item = who.map((g) => g.firstPoints[q.id] ?? 0);
		const rest = who.map((g) => g.firstTotal - (g.firstPoints[q.id] ?? 0));
		const r = correlation(item, rest);
		return {
			questionId: q.id,
			answered: who.length,
			facility: who.length ? (100 * right) / who.length : null,
			discrimination: r === null ? null : 100 * r,
			answers: tally(
				q,
				who.flatMap((g) => g.firstAnswer[q.id] ?? [])
			)
		};
	});
}
