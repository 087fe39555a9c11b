import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { getModule } from '$lib/server/content';
import { toBase64Url } from '$lib/module/base64url';
import { decodeSuspend, encodeSuspend, type SuspendState } from './suspend';
import { SUSPEND_MAX } from './scorm-session';
import { largestAnswer } from './testing/answers';

const iraq = getModule('iraq-crisis-2014')!;
const index = {
	questionIds: iraq.questions.map((q) => q.id),
	questionTypes: iraq.questions.map((q) => q.type),
	sectionIds: iraq.sections.map((s) => s.id)
};

describe('what an LMS keeps to resume from (suspend_data)', () => {
	it('reads back the state it was given', () => {
		const state: SuspendState = {
			answers: [
				{
					questionId: index.questionIds[0]!,
					round: 1,
					try: 2,
					correct: true,
					answer: { type: 'single', choice: 'a' }
				},
				{
					questionId: index.questionIds[5]!,
					round: 2,
					try: 1,
					correct: false,
					answer: largestAnswer(iraq.questions[5]!, 5)
				}
			],
			closed: [{ sectionId: index.sectionIds[0]!, round: 1 }]
		};
		expect(decodeSuspend(encodeSuspend(state, index, SUSPEND_MAX['1.2']), index)).toEqual(state);
	});

	it('holds the whole first module, every answer as large as it may be, within SCORM 1.2’s 4,096 characters', () => {
		const state: SuspendState = {
			answers: iraq.questions.map((q, i) => ({
				questionId: q.id,
				round: 999,
				try: 2,
				correct: false,
				answer: largestAnswer(q, i)
			})),
			closed: index.sectionIds.map((sectionId) => ({ sectionId, round: 999 }))
		};
		const text = encodeSuspend(state, index, SUSPEND_MAX['1.2']);
		expect(text.length).toBeLessThanOrEqual(4096);
		const back = decodeSuspend(text, index)!;
		// Every result is kept; only some typed words of finished questions may be left out.
		const results = (s: SuspendState) =>
			s.answers.map((a) => [a.questionId, a.round, a.try, a.correct]);
		expect(results(back)).toEqual(results(state));
		const kept = back.answers.filter((a) => a.answer !== null);
		expect(
			kept.every((a) => a.answer!.type === iraq.questions.find((q) => q.id === a.questionId)!.type)
		).toBe(true);
		expect(
			back.answers.filter((a) => a.answer === null).every((a) => a.answer === null && a.try === 2)
		).toBe(true);
		expect(back.closed).toEqual(state.closed);
	});

	it('leaves out no answer of a question still open, and refuses a state it cannot fit', () => {
		const open = iraq.questions.map((q, i) => ({
			questionId: q.id,
			round: 1,
			try: 1,
			correct: false,
			answer: largestAnswer(q, i)
		}));
		expect(() => encodeSuspend({ answers: open, closed: [] }, index, 500)).toThrow(RangeError);
	});

	it('takes nothing from suspend data that is not its own, or names what the module lacks', () => {
		const good = encodeSuspend({ answers: [], closed: [] }, index, 4096);
		const b64 = (json: string) => `1:${toBase64Url(deflateSync(new TextEncoder().encode(json)))}`;
		for (const bad of [
			'',
			'kirkuk',
			'1:not base64!',
			'2:' + good.slice(2),
			b64('{"q":[[999,1,1,0]],"c":[]}'),
			// An answer of another type than its question's.
			b64(
				`{"q":[[0,1,1,0,${JSON.stringify(index.questionTypes[0] === 'truth' ? { type: 'fill', text: 'x' } : { type: 'truth', value: 'true' })}]],"c":[]}`
			),
			b64('{"q":[],"c":[],"x":1}'),
			// A bomb: a few hundred bytes that inflate to megabytes.
			b64(`{"q":[],"c":[],"pad":"${' '.repeat(3_000_000)}"}`)
		]) {
			expect(decodeSuspend(bad, index), bad.slice(0, 20)).toBeNull();
		}
	});
});
