import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { LmsError, ScormSession, SUSPEND_MAX, type Interaction } from './scorm-session';
import type { Scorm12Api, Scorm2004Api } from './scorm-api';

// scorm-again plays the LMS: its run-time keeps what the content sets, as an LMS would store it.
const quiet = { logLevel: 5 as const };
/** What the LMS holds, write-only elements included, as it would store it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the LMS's own nested record
const recorded = (api: { renderCMIToJSONObject(): any }) => api.renderCMIToJSONObject().cmi;

function lms12(learner = { student_id: 'u-17', student_name: 'Patel, Maya' }) {
	const api = new Scorm12API(quiet);
	api.loadFromJSON({
		core: { ...learner, entry: 'resume', lesson_location: 'offensive' },
		suspend_data: 'kept'
	});
	return api;
}
function lms2004() {
	const api = new Scorm2004API(quiet);
	api.loadFromJSON({ learner_id: 'u-17', learner_name: 'Maya Patel', entry: 'ab-initio' });
	return api;
}

const answer: Interaction = {
	id: 'q-offensive-1',
	response: { type: 'choice', ids: ['b'] },
	correct: { type: 'choice', ids: ['a'] },
	right: false,
	latencyMs: 12_500,
	at: Date.parse('2026-12-07T09:30:00Z')
};

describe('a sitting in an LMS, SCORM 1.2', () => {
	it('takes the learner from the LMS and where they left off', () => {
		const session = new ScormSession({ version: '1.2', api: lms12() as unknown as Scorm12Api });
		expect(session.start()).toEqual({
			learnerId: 'u-17',
			learnerName: 'Patel, Maya',
			resumed: true,
			location: 'offensive',
			suspendData: 'kept'
		});
	});

	it('records each answer as an interaction, the score as a percentage, and passes by the mark', () => {
		const api = lms12();
		const session = new ScormSession({ version: '1.2', api: api as unknown as Scorm12Api });
		session.start();
		session.record(answer);
		session.record({
			...answer,
			response: { type: 'choice', ids: ['a'] },
			right: true,
			latencyMs: 4000
		});
		session.report(7, 10, true, 60);
		session.commit();
		const { interactions } = recorded(api);
		expect(interactions['0']).toMatchObject({
			id: 'q-offensive-1',
			type: 'choice',
			student_response: 'b',
			result: 'wrong',
			// The LMS keeps spans in its own form: 12.5 seconds.
			latency: '00:00:12.5',
			time: '09:30:00',
			correct_responses: { '0': { pattern: 'a' } }
		});
		expect(interactions['1']).toMatchObject({ result: 'correct', latency: '00:00:04' });
		expect(api.cmi.core.score).toMatchObject({ raw: '70', min: '0', max: '100' });
		expect(api.cmi.core.lesson_status).toBe('passed');
		session.report(5, 10, true, 60);
		expect(api.cmi.core.lesson_status).toBe('failed');
		session.report(5, 10, false, 60);
		expect(api.cmi.core.lesson_status).toBe('incomplete');
		session.report(5, 10, true, null);
		expect(api.cmi.core.lesson_status).toBe('completed');
	});

	it('keeps up to 4,096 characters to resume from, and refuses more, changing nothing', () => {
		const api = lms12();
		const session = new ScormSession({ version: '1.2', api: api as unknown as Scorm12Api });
		session.start();
		session.keep('kirkuk', 'x'.repeat(SUSPEND_MAX['1.2']));
		expect(api.cmi.suspend_data).toHaveLength(4096);
		expect(() => session.keep('mosul', 'y'.repeat(4097))).toThrow(RangeError);
		expect(api.cmi.core.lesson_location).toBe('kirkuk');
		expect(api.cmi.suspend_data).toBe('x'.repeat(4096));
	});

	it('ends the sitting with its time, suspended to come back to', () => {
		const api = lms12();
		const session = new ScormSession({ version: '1.2', api: api as unknown as Scorm12Api });
		session.start();
		session.finish(125_000, true);
		expect(recorded(api).core).toMatchObject({ exit: 'suspend', session_time: '00:02:05' });
		expect(api.isTerminated()).toBe(true);
	});
});

describe('a sitting in an LMS, SCORM 2004', () => {
	it('records the interaction in 2004’s notation, the score scaled, completion and success apart', () => {
		const api = lms2004();
		const session = new ScormSession({ version: '2004', api: api as unknown as Scorm2004Api });
		expect(session.start()).toMatchObject({ learnerName: 'Maya Patel', resumed: false });
		session.record({
			...answer,
			response: {
				type: 'matching',
				pairs: [
					['s1', 'fact'],
					['s2', 'claim']
				]
			},
			correct: {
				type: 'matching',
				pairs: [
					['s1', 'fact'],
					['s2', 'opinion']
				]
			}
		});
		session.report(3, 4, true, 80);
		expect(recorded(api).interactions['0']).toMatchObject({
			type: 'matching',
			learner_response: 's1[.]fact[,]s2[.]claim',
			result: 'incorrect',
			latency: 'PT12.5S',
			timestamp: '2026-12-07T09:30:00.00Z'
		});
		expect(api.cmi.score).toMatchObject({ scaled: '0.75', raw: '3', min: '0', max: '4' });
		expect([api.cmi.completion_status, api.cmi.success_status]).toEqual(['completed', 'failed']);
		session.report(2, 4, false, 80);
		expect([api.cmi.completion_status, api.cmi.success_status]).toEqual(['incomplete', 'unknown']);
		session.finish(62_500, false);
		expect(recorded(api)).toMatchObject({ exit: 'normal', session_time: 'PT1M2.5S' });
	});

	it('says what the LMS refused, in the LMS’s own words', () => {
		const api = lms2004();
		const refusing = Object.assign(Object.create(api) as Scorm2004Api, {
			Commit: () => 'false',
			GetLastError: () => '391',
			GetErrorString: (code: string) => (code === '391' ? 'General Commit Failure' : '')
		});
		const session = new ScormSession({ version: '2004', api: refusing });
		session.start();
		expect(() => session.commit()).toThrow(LmsError);
		expect(() => session.commit()).toThrow('Commit: LMS error 391 (General Commit Failure)');
	});
});
