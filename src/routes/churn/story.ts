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

/**
 * Who leaves (overall, the strongest customer attribute and its worst segment), why, and who is
 * at risk now. `top` is a customer attribute: behaviour slices are partly a result of leaving.
 */
export function churnStory(
	totals: ChurnTotals,
	top: Slice | null,
	reasons: readonly SegmentReasons[],
	status: readonly StatusCount[]
): string[] {
	if (!totals.customers) return ['No customers can be judged under this definition.'];
	const lines = [
		`${percent(totals.rate ?? 0)} of ${count(totals.customers)} customers have churned (${count(totals.churned)}).`
	];
	const worst = top ? worstSegment(top) : null;
	if (top?.test && worst && top.test.p_value < 0.05) {
		lines.push(
			`${top.label} goes with churn most strongly: ${worst.value} churns ${percent(worst.rate)}, ${(worst.lift ?? 0).toFixed(2)}× the overall rate.`
		);
		const why = reasons.find((r) => r.value === worst.value)?.top;
		// Only a reason that sets this segment apart explains its extra churn.
		if (why && (why.share_elsewhere === null || why.share > why.share_elsewhere))
			lines.push(
				`Its most common stated reason is ${why.reason} (${percent(why.share)} of its churned customers${why.share_elsewhere === null ? '' : `, ${percent(why.share_elsewhere)} elsewhere`}).`
			);
	} else if (top) lines.push('No attribute separates churners from the rest beyond chance.');
	else
		lines.push(
			'The data has no customer attributes (region, channel, plan …): load a customers file to see which kinds of customers leave.'
		);
	const atRisk = status
		.filter((s) => s.retention_status === 'at_risk')
		.reduce((s, x) => s + x.customers, 0);
	if (atRisk) lines.push(`${count(atRisk)} customers are at risk now.`);
	return lines;
}
