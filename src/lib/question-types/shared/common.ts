import * as v from 'valibot';
import { evidence, id, ids, text } from '$lib/module/fields';
import { readingSkills } from '$lib/module/kinds';

/** The fields every question has in module.yaml, whatever its type. */
export const common = {
	id,
	section: id,
	prompt: text(600),
	/** Shown after a wrong first try, before the second. */
	hint: text(400),
	/** Shown with the feedback, right or wrong. */
	explanation: text(1200),
	/** The exact sentence(s) of the section that answer the question. */
	evidence,
	actors: v.optional(ids, []),
	events: v.optional(ids, []),
	/** The reading skills it practises; its type's own when none is named. */
	skills: v.optional(v.pipe(v.array(v.picklist(readingSkills)), v.maxLength(4)), [])
};

const Option = v.strictObject({
	id,
	text: text(300),
	/** Shown when a student picks this wrong option. */
	feedback: v.optional(text(600))
});

/** The written options of a single choice or multiple select question. */
export const options = v.pipe(v.array(Option), v.minLength(2), v.maxLength(8));

/** Ids of places or actors offered as choices. */
export const choiceIds = v.pipe(ids, v.minLength(2), v.maxLength(8));
