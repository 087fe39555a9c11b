import * as v from 'valibot';
import { classify } from './classify/build';
import type { AdviceContext, BuildContext, QuestionBuild } from './contract';
import type { ReadingSkill } from '$lib/module/kinds';
import { fill } from './fill/build';
import { locate } from './locate/build';
import { match } from './match/build';
import { multiple } from './multiple/build';
import { order } from './order/build';
import { relation } from './relation/build';
import { single } from './single/build';
import { speaker } from './speaker/build';
import { truth } from './truth/build';
import type { QuestionFileOf, QuestionOf, QuestionType } from './types';

/**
 * Each type's schema, key checks and build-time display orders. Build time only (module loading
 * in src/lib/server): it must never be imported by a page's code.
 */
const questionBuilds = {
	single,
	multiple,
	truth,
	match,
	order,
	fill,
	classify,
	locate,
	speaker,
	relation
};

// Typed per name, so that one type's part is only ever given a question of that type.
const builds: {
	[K in QuestionType]: QuestionBuild<{
		file: QuestionFileOf<K>;
		question: QuestionOf<K>;
		answer: { type: K };
	}>;
} = questionBuilds;

/** A question's entry in module.yaml, of any type. */
export const QuestionSchema = v.variant(
	'type',
	Object.values(questionBuilds).map((b) => b.schema)
);

/** Whether a question shows the module's map, so that its section page must carry it. */
export const needsMap = (q: { type: QuestionType }): boolean => !!builds[q.type].needsMap;

/** About how long a student takes over a question, in minutes (see QuestionBuild.minutes). */
export const questionMinutes = (q: { type: QuestionType }): number => builds[q.type].minutes ?? 1;

/**
 * Each type's advice on its questions taken together (see QuestionBuild.advise): `at` is the
 * question's index in the module's list, or null for a pattern across them.
 */
export function adviseQuestions(
	questions: readonly { type: QuestionType }[],
	warn: (at: number | null, message: string) => void,
	module: AdviceContext
) {
	for (const type of Object.keys(builds) as QuestionType[]) {
		const indexes = questions.flatMap((q, i) => (q.type === type ? [i] : []));
		const part = builds[type] as { advise?: QuestionBuild<never>['advise'] };
		if (!indexes.length || !part.advise) continue;
		part.advise(
			indexes.map((i) => questions[i]) as never[],
			(at, message) => warn(at === null ? null : indexes[at]!, message),
			module
		);
	}
}

/** Checks a question's key and builds the question as the app uses it. */
export function buildQuestion<K extends QuestionType>(
	type: K,
	q: QuestionFileOf<K>,
	evidenceIds: string[],
	ctx: BuildContext
): QuestionOf<K> {
	const part = builds[type];
	part.check(q, ctx);
	// Every type's schema has the common fields; TypeScript cannot see them through K.
	const named = (q as { skills?: ReadingSkill[] }).skills ?? [];
	const skills = named.length ? named : [part.skill ?? 'detail'];
	return { ...part.prepare(q, evidenceIds, ctx), skills };
}
