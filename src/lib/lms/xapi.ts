import type { Answer, Question } from '$lib/module/types';
import { lmsCorrect, lmsResponse } from '$lib/question-types/interactions';
import { responseText, timespan } from './scorm-notation';

/**
 * xAPI statements for what a learner does in Lectern, for an LRS the deployment names or a
 * cmi5 launch. Responses use the same notation as SCORM 2004 ("[,]", "[.]"), which xAPI's
 * cmi.interaction activities share.
 */
export const VERBS = {
	answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } }
} as const;
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Who the statement is about: an account on the system that launched Lectern. */
export interface XapiLearner {
	/** The system's home page, an IRL: the LMS's, or the deployment's. */
	homePage: string;
	/** The learner's id on that system. */
	id: string;
	name?: string;
}

export interface AnsweredInput {
	/** The attempt's own UUID: sent again, the LRS keeps it once. */
	statementId: string;
	learner: XapiLearner;
	/** The module's activity IRI (a cmi5 AU's id, or one of the deployment's). */
	moduleActivity: string;
	/** The launch's registration (cmi5), a UUID, if any. */
	registration?: string;
	/** The module's language, for the names' language maps. */
	language: string;
	question: Question;
	answer: Answer;
	right: boolean;
	latencyMs: number;
	at: number;
}

/** "answered": one checked answer, its response and whether it was right. */
export function answeredStatement(i: AnsweredInput) {
	const response = lmsResponse(i.question, i.answer);
	if (!response) throw new TypeError(`an answer of another type than question ${i.question.id}`);
	const correct = lmsCorrect(i.question);
	return {
		id: i.statementId,
		actor: {
			objectType: 'Agent' as const,
			account: { homePage: i.learner.homePage, name: i.learner.id },
			...(i.learner.name ? { name: i.learner.name } : {})
		},
		verb: VERBS.answered,
		object: {
			objectType: 'Activity' as const,
			id: `${i.moduleActivity}/question/${encodeURIComponent(i.question.id)}`,
			definition: {
				type: INTERACTION,
				name: { [i.language]: i.question.prompt },
				interactionType: correct.type,
				correctResponsesPattern: [responseText(correct, '2004')]
			}
		},
		result: {
			success: i.right,
			response: responseText(response, '2004'),
			duration: timespan(i.latencyMs, '2004')
		},
		context: {
			...(i.registration ? { registration: i.registration } : {}),
			contextActivities: { parent: [{ objectType: 'Activity' as const, id: i.moduleActivity }] }
		},
		timestamp: new Date(i.at).toISOString()
	};
}
export type XapiStatement = ReturnType<typeof answeredStatement>;
