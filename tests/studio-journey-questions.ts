import { expect, test } from './fixtures';
import type { StudioPage } from './pages/studio-page';

/** The sections of the journey's module, by their headings. */
type Sections = { laying: string; setbacks: string; message: string };

const quoted = 'We will not give up until the two shores can speak to each other';
const s = {
	lays: 'The Atlantic Telegraph Company laid it along the floor of the ocean from Valentia Island in Ireland to Trinity Bay in Newfoundland.',
	leads:
		'The American businessman Cyrus Field led the Atlantic Telegraph Company, which paid for the work and hired the engineers.',
	ships: 'Two warships, one British and one American, carried the heavy cable out to sea.',
	snapped: 'The cable snapped several times in 1857 and again in the early summer of 1858.',
	investors: 'Many investors wanted to stop, but the company found new money for another voyage.',
	quote: `"${quoted}," Field said after the third break.`,
	greets: 'On 16 August Queen Victoria sent a message of greeting to President James Buchanan.',
	reports:
		'According to reports at the time, her message of 98 words took about sixteen hours to send.',
	cheers:
		'Cyrus Field was cheered at a parade in New York, where a stray rocket reportedly set fire to the roof of City Hall.',
	silent: 'The signal grew weaker every day, and within a month the cable fell silent.'
};

/**
 * Writes one question of each of the ten types, each in a step of its own, evidence ticked;
 * `midway` runs after the fifth (a reload, to show nothing is lost).
 */
export async function writeQuestions(
	studio: StudioPage,
	{ laying, setbacks, message }: Sections,
	midway: () => Promise<void>
) {
	const page = studio.page;
	const prompt = 'Question, as the student reads it';
	const fill = async (editor: ReturnType<StudioPage['questionEditor']>, fields: string[][]) => {
		for (const [label, value] of fields)
			await editor.getByLabel(label!, { exact: true }).fill(value!);
	};
	const choose = (
		editor: ReturnType<StudioPage['questionEditor']>,
		label: string,
		option: string
	) => editor.getByLabel(label, { exact: true }).selectOption({ label: option });
	const offer = async (
		editor: ReturnType<StudioPage['questionEditor']>,
		legend: string,
		names: string[]
	) => {
		const group = editor.getByRole('group', { name: legend });
		for (const n of names) await group.getByRole('checkbox', { name: n, exact: true }).check();
	};

	await test.step('question: One answer', async () => {
		const q = await studio.writeQuestion('One answer', laying);
		await fill(q, [
			[prompt, 'Who led the Atlantic Telegraph Company?'],
			['Option 1', 'Cyrus Field'],
			['Option 2', 'James Buchanan'],
			['Option 3', 'Queen Victoria']
		]);
		await studio.tickEvidence(q, [s.leads]);
		await q.getByRole('radio', { name: 'Option 1 is the right answer' }).check();
		await studio.explain(
			q,
			'Look for the word "led".',
			'The American businessman Cyrus Field led it.'
		);
		await studio.doneWith(1);
	});

	await test.step('question: Several answers', async () => {
		const q = await studio.writeQuestion('Several answers', laying);
		await fill(q, [
			[prompt, 'Whose warships carried the cable out to sea? Choose two.'],
			['Option 1', 'British'],
			['Option 2', 'American'],
			['Option 3', 'French'],
			['Option 4', 'Irish']
		]);
		await studio.tickEvidence(q, [s.ships]);
		await q.getByRole('checkbox', { name: 'Option 1 is a right answer' }).check();
		await q.getByRole('checkbox', { name: 'Option 2 is a right answer' }).check();
		await studio.explain(
			q,
			'Read about the two warships.',
			'One warship was British and one American.'
		);
		await studio.doneWith(2);
	});

	await test.step('question: Fill in the blank', async () => {
		const q = await studio.writeQuestion('Fill in the blank', laying);
		await fill(q, [
			[
				'The sentence with its blank, written ___ (three underscores)',
				'The cable ran from Valentia Island in ___ to Trinity Bay in Newfoundland.'
			],
			['Accepted answer 1', 'Ireland']
		]);
		await studio.tickEvidence(q, [s.lays]);
		await studio.explain(
			q,
			'Which country is Valentia Island in?',
			'Valentia Island is in Ireland.'
		);
		await studio.doneWith(3);
	});

	await test.step('question: Relation', async () => {
		const q = await studio.writeQuestion('Relation', laying);
		await q.getByLabel(prompt).fill('What did Cyrus Field lead?');
		await studio.tickEvidence(q, [s.leads]);
		await choose(q, 'Named actor', 'Cyrus Field');
		await choose(q, 'Relation', 'leads');
		await offer(q, 'Actors offered', ['Atlantic Telegraph Company', 'Queen Victoria']);
		await choose(q, 'The right answer', 'Atlantic Telegraph Company');
		await studio.explain(q, 'Who paid for the work?', 'Field led the Atlantic Telegraph Company.');
		await studio.doneWith(4);
	});

	await test.step('question: Who said it', async () => {
		const q = await studio.writeQuestion('Who said it', setbacks);
		await q.getByLabel(prompt).fill('Who said these words after the third break?');
		await studio.tickEvidence(q, [s.quote]);
		await q.getByLabel('The quoted words, as they stand in the evidence').fill(quoted);
		await offer(q, 'Actors offered', ['Cyrus Field', 'James Buchanan']);
		await choose(q, 'The right answer', 'Cyrus Field');
		await studio.explain(
			q,
			'Look at the name after the quotation.',
			'"Field said", the article writes.'
		);
		await studio.doneWith(5);
	});

	await midway();

	await test.step('question: True, false or not stated', async () => {
		const q = await studio.writeQuestion('True, false or not stated', setbacks);
		await fill(q, [
			[prompt, 'Is this true, false, or not stated in the article?'],
			['The statement to judge', 'The cable broke only once before it worked.']
		]);
		await studio.tickEvidence(q, [s.snapped]);
		await q.getByRole('radio', { name: 'False', exact: true }).check();
		await studio.explain(q, 'How many times did it snap?', 'It snapped several times.');
		await studio.doneWith(6);
	});

	await test.step('question: Match', async () => {
		const q = await studio.writeQuestion('Match', setbacks);
		await fill(q, [
			[prompt, 'Match each side to what it did after the breaks.'],
			['Pair 1, left', 'Many investors'],
			['Pair 1, its match', 'wanted to stop'],
			['Pair 2, left', 'The company'],
			['Pair 2, its match', 'found new money'],
			['Pair 3, left', 'Cyrus Field'],
			['Pair 3, its match', 'would not give up']
		]);
		await studio.tickEvidence(q, [s.investors, s.quote]);
		await studio.explain(
			q,
			'Read the last two sentences.',
			'Investors wavered; the company and Field went on.'
		);
		await studio.doneWith(7);
	});

	await test.step('question: Place on the map', async () => {
		const q = await studio.writeQuestion('Place on the map', message);
		await q.getByLabel(prompt).fill('Where was Cyrus Field cheered at a parade?');
		await studio.tickEvidence(q, [s.cheers]);
		await offer(q, 'Places offered', ['Ireland', 'New York']);
		await choose(q, 'The right answer', 'New York');
		await studio.explain(q, 'Find the parade.', 'The parade was in New York.');
		await studio.doneWith(8);
	});

	await test.step('question: Order', async () => {
		const q = await studio.writeQuestion('Order', message);
		await fill(q, [
			[prompt, 'Put these in the order they happened.'],
			['Item 1', 'Queen Victoria sends a greeting'],
			['Item 2', 'Cyrus Field is cheered in New York'],
			['Item 3', 'The cable falls silent']
		]);
		await studio.tickEvidence(q, [s.greets, s.cheers, s.silent]);
		await studio.explain(
			q,
			'The cable had to work before it failed.',
			'The greeting, the parade, then silence.'
		);
		await studio.doneWith(9);
	});

	await test.step('question: Fact, claim or opinion', async () => {
		const q = await studio.writeQuestion('Fact, claim or opinion', message);
		await fill(q, [
			[prompt, 'How does the article give each of these?'],
			['Statement 1', 'Queen Victoria sent a greeting to President James Buchanan.'],
			['Statement 2', 'Her message took about sixteen hours to send.']
		]);
		await q.getByRole('button', { name: 'Remove statement 3' }).click();
		await choose(q, 'Statement 1 is', 'Reported fact');
		await choose(q, 'Statement 2 is', 'Quoted claim');
		await studio.tickEvidence(q, [s.greets, s.reports]);
		await studio.explain(q, 'Who says how long it took?', '"According to reports" marks a claim.');
		await studio.doneWith(10);
	});
	await expect(page.getByRole('button', { name: /^Edit question \d+$/ })).toHaveCount(10);
}
