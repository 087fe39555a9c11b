import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import { AnswerSchema } from '$lib/module/answer-schema';
import { fromBase64Url, toBase64Url } from '$lib/module/base64url';
import type { Answer } from '$lib/module/types';

/**
 * What an LMS keeps between sittings (suspend_data) so that a learner resumes exactly where
 * they left off, on any device: for each question answered, its latest try in its latest
 * round, and the sections handed in. The whole history stays on the device (Dexie) and in the
 * LMS's own record of interactions; this is only what resuming needs.
 *
 * The text is "1:" and the state as JSON, deflated and in base64url: SCORM 1.2 keeps 4,096
 * characters, and question and option ids compress well.
 */
export interface SuspendState {
	answers: {
		questionId: string;
		round: number;
		try: number;
		correct: boolean;
		/** Left out (null) only where the text would not fit: the question's result still counts. */
		answer: Answer | null;
	}[];
	closed: { sectionId: string; round: number }[];
}

/** The module's questions and sections, in its order: the state names them by place. */
export interface SuspendIndex {
	questionIds: readonly string[];
	/** Each question's type, in the same order: an answer of another type is not its answer. */
	questionTypes: readonly string[];
	sectionIds: readonly string[];
}

const FORMAT = '1:';
/** Far more than the state of any module the format allows (5,000 questions) inflates to. */
const MAX_INFLATED = 1024 * 1024;

type Row = [question: number, round: number, tried: number, correct: 0 | 1, answer?: Answer];

function pack(state: SuspendState, index: SuspendIndex): string {
	const rows: Row[] = state.answers.map((a) => {
		const row: Row = [index.questionIds.indexOf(a.questionId), a.round, a.try, a.correct ? 1 : 0];
		if (a.answer) row.push(a.answer);
		return row;
	});
	const closed = state.closed.map((c) => [index.sectionIds.indexOf(c.sectionId), c.round]);
	return (
		FORMAT + toBase64Url(deflateSync(strToU8(JSON.stringify({ q: rows, c: closed })), { level: 9 }))
	);
}

/**
 * The state as suspend_data of at most `max` characters. Where it would not fit, the answers
 * of finished questions (right, or out of tries) are left out, longest first: their results
 * still count and show; only the words given are not shown again. Throws a RangeError if even
 * that does not fit (it cannot, for a module of the format's size).
 */
export function encodeSuspend(state: SuspendState, index: SuspendIndex, max: number): string {
	let text = pack(state, index);
	if (text.length <= max) return text;
	const finished = state.answers
		.map((a, i) => ({
			i,
			size: a.answer ? JSON.stringify(a.answer).length : 0,
			done: a.correct || a.try >= 2
		}))
		.filter((a) => a.done && a.size)
		.sort((a, b) => b.size - a.size);
	const answers = [...state.answers];
	for (const { i } of finished) {
		answers[i] = { ...answers[i]!, answer: null };
		text = pack({ ...state, answers }, index);
		if (text.length <= max) return text;
	}
	throw new RangeError(`suspend data: ${text.length} characters, at most ${max}`);
}

const positive = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000));
const Packed = v.strictObject({
	q: v.pipe(
		v.array(
			v.union([
				v.strictTuple([
					v.pipe(v.number(), v.integer(), v.minValue(0)),
					positive,
					positive,
					v.picklist([0, 1])
				]),
				v.strictTuple([
					v.pipe(v.number(), v.integer(), v.minValue(0)),
					positive,
					positive,
					v.picklist([0, 1]),
					AnswerSchema
				])
			])
		),
		v.maxLength(5000)
	),
	c: v.pipe(
		v.array(v.strictTuple([v.pipe(v.number(), v.integer(), v.minValue(0)), positive])),
		v.maxLength(5000)
	)
});

/**
 * Reads suspend_data an LMS hands back: untrusted, so anything not of this format, or naming a
 * question or section the module does not have, is null (the learner goes on from what the
 * device holds).
 */
export function decodeSuspend(text: string, index: SuspendIndex): SuspendState | null {
	if (!text.startsWith(FORMAT)) return null;
	let data: unknown;
	try {
		const bytes = fromBase64Url(text.slice(FORMAT.length));
		// Inflated into a bounded buffer: a few bytes may stand for gigabytes.
		const out = inflateSync(bytes, { out: new Uint8Array(MAX_INFLATED) });
		if (out.length === MAX_INFLATED) return null;
		data = JSON.parse(strFromU8(out));
	} catch {
		return null;
	}
	const parsed = v.safeParse(Packed, data);
	if (!parsed.success) return null;
	const { q, c } = parsed.output;
	if (
		q.some(
			([i, , , , answer]) =>
				i >= index.questionIds.length || (answer && answer.type !== index.questionTypes[i])
		) ||
		c.some(([i]) => i >= index.sectionIds.length)
	)
		return null;
	return {
		answers: q.map(([i, round, tried, correct, answer]) => ({
			questionId: index.questionIds[i]!,
			round,
			try: tried,
			correct: correct === 1,
			answer: answer ?? null
		})),
		closed: c.map(([i, round]) => ({ sectionId: index.sectionIds[i]!, round }))
	};
}
