import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkModuleFiles } from '$lib/server/parse-module';
import {
	MAX_MODULE_FILE_BYTES,
	ModuleFileError,
	fingerprintOf,
	readModuleFile,
	readSealedFile,
	sealModuleFile
} from './module-file';

const folder = 'content/modules/iraq-crisis-2014';
const article = readFileSync(`${folder}/article.md`, 'utf8');
const yamlText = readFileSync(`${folder}/module.yaml`, 'utf8');
/** The first module under another id, as a teacher's copy of it would be. */
const copy = (): Record<string, unknown> => ({
	...(parse(yamlText) as Record<string, unknown>),
	id: 'iraq-copy'
});
const none = new Set<string>();

async function refusal(text: string, builtIn: ReadonlySet<string> = none) {
	try {
		await readModuleFile(text, builtIn);
	} catch (e) {
		if (e instanceof ModuleFileError) return e;
		throw e;
	}
	throw new Error('the file was read');
}

describe('a module file', () => {
	it('opens as the module its folder builds, checksum and all', async () => {
		const sealed = await sealModuleFile({ article, data: copy() });
		const { file, module } = await readModuleFile(JSON.stringify(sealed), none);
		const { module: built } = checkModuleFiles(folder, yamlText, article);
		expect(module).toStrictEqual({ ...built, id: 'iraq-copy' });
		expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(fingerprintOf(file)).toHaveLength(16);
	});

	it('gives the same fingerprint for the same content, whatever the order of its keys', async () => {
		const a = await sealModuleFile({ article, data: copy() });
		const reordered = Object.fromEntries(Object.entries(copy()).reverse());
		const b = await sealModuleFile({ article, data: reordered });
		const c = await sealModuleFile({ article: article + '\n\nOne more line.', data: copy() });
		expect(fingerprintOf(b)).toBe(fingerprintOf(a));
		expect(fingerprintOf(c)).not.toBe(fingerprintOf(a));
	});

	it('is refused when edited by hand after it was saved', async () => {
		const sealed = await sealModuleFile({ article, data: copy() });
		const edited = { ...sealed, article: sealed.article.replace('Iraq', 'Iran') };
		expect((await refusal(JSON.stringify(edited))).problem).toBe('damaged');
	});

	it('says what the checker found in a module that would not build', async () => {
		const data = copy();
		const questions = data.questions as { evidence: string[] }[];
		questions[0]!.evidence = ['A sentence the article does not hold.'];
		const sealed = await sealModuleFile({ article, data });
		const e = await refusal(JSON.stringify(sealed));
		expect(e.problem).toBe('broken');
		expect(e.problems[0]?.message).toMatch(/not found word for word/);
		expect(e.problems.length).toBeLessThanOrEqual(5);
	});

	it('opens in the studio with its mistakes, as it was written, but not once changed by hand', async () => {
		const data = copy();
		(data.questions as { evidence: string[] }[])[0]!.evidence = ['Not in the article.'];
		const sealed = await sealModuleFile({ article, data });
		expect(await readSealedFile(JSON.stringify(sealed))).toStrictEqual(sealed);
		const edited = JSON.stringify({ ...sealed, article: `${article} ` });
		await expect(readSealedFile(edited)).rejects.toMatchObject({ problem: 'damaged' });
	});

	it('cannot stand in for a module built into the site', async () => {
		const sealed = await sealModuleFile({ article, data: copy() });
		expect((await refusal(JSON.stringify(sealed), new Set(['iraq-copy']))).problem).toBe(
			'built-in'
		);
	});

	it('refuses what is not a module file, each with its own reason', async () => {
		const sealed = await sealModuleFile({ article, data: copy() });
		expect((await refusal('{"format": "lectern-mod')).problem).toBe('not-json');
		expect((await refusal('[1, 2]')).problem).toBe('not-module');
		expect((await refusal('{"format":"lectern-results","version":3}')).problem).toBe('not-module');
		expect((await refusal(JSON.stringify({ ...sealed, version: 2 }))).problem).toBe('newer');
		expect((await refusal(JSON.stringify({ ...sealed, extra: 1 }))).problem).toBe('not-module');
		expect((await refusal(JSON.stringify({ ...sealed, data: 'x' }))).problem).toBe('not-module');
		const hostile = JSON.stringify(sealed).replace('"data":{', '"data":{"__proto__":{"x":1},');
		expect((await refusal(hostile)).problem).toBe('damaged');
		expect((await refusal('x'.repeat(MAX_MODULE_FILE_BYTES + 1))).problem).toBe('too-big');
	});
});
