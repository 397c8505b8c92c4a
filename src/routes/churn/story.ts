/** The churn page's headline sentences, from the computed results. Pure. */
import type { SegmentReasons } from '$lib/analyses/churn/reasons';
import type { ChurnTotals, Slice } from '$lib/analyses/churn/slice';
import type { StatusCount } from '$lib/analyses/churn/status';
import { count, percent } from '$lib/format';

/** The segment of a slice that churns most, among segments big enough to mean something. */
export function worstSegment(slice: Slice, minCustomers = 30) {
	const big = slice.rows.filter((r) => r.customers >= minCustomers && r.value !== '(missing)');
	return [...(big.length ? big : slice.rows)].sort((a, b) => b.rate - a.rate)[0] ?? null;
}

/** The story's sentences in the page's language; numbers arrive formatted. */
export interface StoryWords {
	/** A segment value as shown (placeholders translated, data as it is). */
	value: (value: string) => string;
	none: string;
	churned: (rate: string, customers: string, churned: string) => string;
	top: (dimension: string, value: string, rate: string, lift: string) => string;
	reason: (reason: string, share: string, elsewhere: string | null) => string;
	noAttribute: string;
	noAttributes: string;
	atRisk: (customers: string) => string;
}

/**
 * Who leaves (overall, the strongest customer attribute and its worst segment), why, and who is
 * at risk now. `top` is a customer attribute: behaviour slices are partly a result of leaving.
 */
export function churnStory(
	totals: ChurnTotals,
	top: Slice | null,
	reasons: readonly SegmentReasons[],
	status: readonly StatusCount[],
	words: StoryWords
): string[] {
	if (!totals.customers) return [words.none];
	const lines = [
		words.churned(percent(totals.rate ?? 0), count(totals.customers), count(totals.churned))
	];
	const worst = top ? worstSegment(top) : null;
	if (top?.test && worst && top.test.p_value < 0.05) {
		lines.push(
			words.top(
				top.label,
				words.value(worst.value),
				percent(worst.rate),
				(worst.lift ?? 0).toFixed(2)
			)
		);
		const why = reasons.find((r) => r.value === worst.value)?.top;
		// Only a reason that sets this segment apart explains its extra churn.
		if (why && (why.share_elsewhere === null || why.share > why.share_elsewhere))
			lines.push(
				words.reason(
					why.reason,
					percent(why.share),
					why.share_elsewhere === null ? null : percent(why.share_elsewhere)
				)
			);
	} else lines.push(top ? words.noAttribute : words.noAttributes);
	const atRisk = status
		.filter((s) => s.retention_status === 'at_risk')
		.reduce((s, x) => s + x.customers, 0);
	if (atRisk) lines.push(words.atRisk(count(atRisk)));
	return lines;
}
