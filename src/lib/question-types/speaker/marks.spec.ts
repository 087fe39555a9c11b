import { describe, expect, it } from 'vitest';
import { inQuotationMarks } from './build';

describe('who said it: words shown as the article gives them', () => {
	it('marks words the article puts in quotation marks, straight or curly', () => {
		expect(
			inQuotationMarks(
				'Boehner made a jibe about Obama “taking a nap” during the crisis.',
				'taking a nap'
			)
		).toBe(true);
		expect(inQuotationMarks('Maliki described the struggle as a "holy war."', 'holy war')).toBe(
			true
		);
	});

	it('marks words in a sentence inside a longer quotation, which has only its closing mark', () => {
		expect(
			inQuotationMarks(
				'As I said before, our enemies will do whatever possible to incite strife among us.”',
				'our enemies'
			)
		).toBe(true);
	});

	it('leaves reported speech, and words after a closed quotation, unmarked', () => {
		expect(
			inQuotationMarks('Maliki has appealed directly to Shiite sectarianism.', 'appealed directly')
		).toBe(false);
		expect(
			inQuotationMarks(
				'He called it an "emergency situation," and said help was needed.',
				'help was needed'
			)
		).toBe(false);
	});
});
