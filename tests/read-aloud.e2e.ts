import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paragraphsOf, sections } from './module-data';
import { SectionPage } from './pages/section-page';

const section = sections[0]!;

/** A speech engine the test drives: it records what it is asked to say, and ends on command. */
async function stubSpeech(page: Page) {
	await page.addInitScript(() => {
		type Said = { text: string; lang: string; rate: number; onend?: () => void };
		const log: { said: Said[]; calls: string[] } = { said: [], calls: [] };
		class Utterance {
			lang = '';
			rate = 1;
			onend: (() => void) | null = null;
			onerror: ((e: { error: string }) => void) | null = null;
			constructor(readonly text: string) {}
		}
		let speaking: Utterance | null = null;
		const fakes = {
			SpeechSynthesisUtterance: Utterance,
			speechSynthesis: {
				speak(u: Utterance) {
					speaking = u;
					log.said.push({ text: u.text, lang: u.lang, rate: u.rate });
				},
				cancel() {
					log.calls.push('cancel');
					const u = speaking;
					speaking = null;
					u?.onerror?.({ error: 'canceled' });
				},
				pause: () => log.calls.push('pause'),
				resume: () => log.calls.push('resume')
			},
			speech: {
				log,
				/** The sentence being spoken comes to its end. */
				finish() {
					const u = speaking;
					speaking = null;
					u?.onend?.();
				}
			}
		};
		// The real ones are read-only accessors: defined over, not assigned.
		for (const [key, value] of Object.entries(fakes))
			Object.defineProperty(window, key, { value, configurable: true });
	});
}

const said = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { speech: { log: { said: unknown[] } } }).speech.log.said
	);
const finish = (page: Page) =>
	page.evaluate(() => (window as unknown as { speech: { finish(): void } }).speech.finish());
/** The sentence being read: marked by a class only, as it has no role of its own. */
const highlighted = (page: Page) => page.getByRole('article').locator('.reading');

test('reads the section aloud sentence by sentence, marking each; pause, resume, speed and stop', async ({
	page
}) => {
	await stubSpeech(page);
	await page.goto(SectionPage.pathOf(section.id));
	const controls = new SectionPage(page, section.id).readAloud;
	await controls.getByRole('button', { name: 'Read aloud' }).click();

	const firstParagraph = paragraphsOf(section.id)[0]!;
	await expect(highlighted(page)).toHaveCount(1);
	const first = await highlighted(page).textContent();
	expect(firstParagraph.startsWith(first!.trim())).toBe(true);
	expect(await said(page)).toEqual([{ text: first, lang: 'en', rate: 1 }]);

	await finish(page);
	await expect(highlighted(page)).not.toHaveText(first!);
	expect(await said(page)).toHaveLength(2);

	await controls.getByRole('button', { name: 'Pause' }).click();
	await controls.getByRole('button', { name: 'Resume' }).click();
	await controls.getByLabel('Speed').selectOption('1.5');
	// The sentence being read starts again at the new speed.
	const now = (await said(page)) as { text: string; rate: number }[];
	expect(now.at(-1)).toMatchObject({ text: now[1]!.text, rate: 1.5 });

	await controls.getByRole('button', { name: 'Stop reading' }).click();
	await expect(highlighted(page)).toHaveCount(0);
	await expect(controls.getByRole('button', { name: 'Read aloud' })).toBeVisible();
});

test('where the browser cannot speak, there is no read-aloud control', async ({ page }) => {
	await page.addInitScript(() => {
		for (const key of ['speechSynthesis', 'SpeechSynthesisUtterance'])
			Object.defineProperty(window, key, { value: undefined, configurable: true });
	});
	const quiz = new SectionPage(page, section.id);
	await page.goto(quiz.path);
	await expect(quiz.checkButton).toBeEnabled();
	await expect(quiz.readAloud).toHaveCount(0);
});
