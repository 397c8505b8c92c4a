import { NEW_SEGMENT, type Migration } from '$lib/analyses/rfm/migration';
import type { RfmResult } from '$lib/analyses/rfm/rfm';
import { count, percent } from '$lib/format';

const pct = (share: number) => percent(share, share < 0.1 ? 1 : 0);

/** The RFM result in two or three plain sentences, most valuable segment first. */
export function rfmStory(result: RfmResult): string[] {
	const top = result.segments[0];
	if (!result.customers || !top) return ['No customer bought anything before this snapshot.'];
	const by = new Map(result.segments.map((s) => [s.segment, s]));
	const sentences = [
		`${top.segment} are ${pct(top.customer_share)} of customers and bring ${pct(top.revenue_share)} of revenue.`
	];
	const quiet = ['At Risk', "Can't Lose Them"].flatMap((name) => by.get(name) ?? []);
	const quietCustomers = quiet.reduce((n, s) => n + s.customers, 0);
	if (quietCustomers)
		sentences.push(
			`${count(quietCustomers)} customers who used to buy often have gone quiet (${quiet.map((s) => s.segment).join(', ')}); ` +
				`they brought ${pct(quiet.reduce((n, s) => n + s.revenue_share, 0))} of revenue, worth winning back.`
		);
	const asleep = by.get('Hibernating');
	if (asleep?.customers)
		sentences.push(
			`${pct(asleep.customer_share)} of customers are hibernating and bring only ${pct(asleep.revenue_share)}.`
		);
	return sentences;
}

/** The two movements an executive asks about: did the best customers stay, where did newcomers land. */
export function migrationStory({ earlier, flows }: Migration, top: string): string[] {
	const sentences: string[] = [];
	const was = flows.filter((f) => f.from === top);
	const before = was.reduce((n, f) => n + f.customers, 0);
	const kept = was.find((f) => f.to === top)?.customers ?? 0;
	if (before)
		sentences.push(
			`${count(kept)} of the ${count(before)} ${top} on ${earlier} are still ${top} (${pct(kept / before)}).`
		);
	const arrivals = flows.filter((f) => f.from === NEW_SEGMENT);
	const arrived = arrivals.reduce((n, f) => n + f.customers, 0);
	if (arrived)
		sentences.push(
			`${count(arrived)} customers bought for the first time since then; the largest group of them, ${count(arrivals[0].customers)}, are now ${arrivals[0].to}.`
		);
	return sentences;
}
