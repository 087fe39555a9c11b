import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { sentencesByPosition } from './events';
import { draftFromModule } from './read';
import { addRelation, relationsOf, removeRelation, setRelation } from './relations';

const folder = 'content/modules/iraq-crisis-2014';
const opened = () =>
	draftFromModule(
		readFileSync(`${folder}/article.md`, 'utf8'),
		parse(readFileSync(`${folder}/module.yaml`, 'utf8')) as Record<string, unknown>,
		'd',
		1
	);

describe('relations in the studio', () => {
	it('takes its section and evidence from the sentence, and offers how it is reported', () => {
		const c = opened();
		const sentence = sentencesByPosition(c).find((s) => s.text.includes('reportedly'))!;
		const next = addRelation(c, sentence, 'iran', 'backs', 'maliki');
		const added = relationsOf(next).at(-1)!;
		expect(added).toEqual({
			from: 'iran',
			type: 'backs',
			to: 'maliki',
			section: sentence.section,
			evidence: [sentence.text],
			reported: 'unconfirmed'
		});
		expect(relationsOf(removeRelation(next, relationsOf(next).length - 1))).toEqual(relationsOf(c));
	});

	it('is checked by the build’s checker, each message at its field', () => {
		const c = opened();
		const n = relationsOf(c).length;
		const [first] = sentencesByPosition(c);
		let next = addRelation(c, first!, 'isis', 'fights', 'iraqi-government');
		expect(checkDraft(next).filter((x) => x.field?.startsWith(`relations.${n}`))).toEqual([]);
		next = setRelation(next, n, 'to', 'isis');
		expect(checkDraft(next).find((x) => x.field === `relations.${n}.to`)).toMatchObject({
			where: `Relation ${n + 1} (to whom)`,
			message: expect.stringContaining('itself')
		});
	});
});
