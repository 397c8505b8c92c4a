import { describe, expect, it } from 'vitest';
import type { RfmResult } from '$lib/analyses/rfm/rfm';
import { MESSAGES } from './messages';
import { rfmStory } from './story';

const segment = (name: string, customers: number, revenue_share: number) => ({
	segment: name,
	customers,
	customer_share: customers / 10,
	revenue_share
});

/** Only the fields the story reads; the rest of the result plays no part in it. */
const result = (monetary_missing: boolean) =>
	({
		customers: 10,
		monetary_missing,
		segments: [
			segment('Champions', 2, monetary_missing ? 0 : 0.6),
			segment('At Risk', 3, monetary_missing ? 0 : 0.3),
			segment('Hibernating', 5, monetary_missing ? 0 : 0.1)
		]
	}) as unknown as RfmResult;

describe('rfmStory', () => {
	it('leads with the most valuable segment and its revenue when the file has amounts', () => {
		const story = rfmStory(result(false), MESSAGES.en);
		expect(story[0]).toBe('Champions are 20% of customers and bring 60% of revenue.');
		expect(story.join(' ')).toContain('30% of revenue');
	});

	// Issue 12: a file without amounts told "bring 0.0% of revenue" of every segment.
	it('without amounts leads with the largest segment and speaks of no revenue, in both languages', () => {
		const en = rfmStory(result(true), MESSAGES.en);
		expect(en[0]).toBe('Hibernating are the largest group: 50% of customers.');
		expect(en.join(' ')).not.toMatch(/revenue|%\s*\./);
		const zh = rfmStory(result(true), MESSAGES.zh);
		expect(zh.join('')).not.toContain('收入');
	});
});
