import { NEW_SEGMENT, type Migration } from '$lib/analyses/rfm/migration';
import type { RfmResult } from '$lib/analyses/rfm/rfm';
import { count, percent } from '$lib/format';
import type { MESSAGES } from './messages';

/** The page's words the stories are told in (one language of MESSAGES). */
type Text = (typeof MESSAGES)['en'];

const pct = (share: number) => percent(share, share < 0.1 ? 1 : 0);

/**
 * The RFM result in two or three plain sentences, most valuable segment first. Without amounts
 * in the file there is no revenue to speak of: the largest segment leads and shares are left out.
 */
export function rfmStory(result: RfmResult, text: Text): string[] {
	const money = !result.monetary_missing;
	const top = money
		? result.segments[0]
		: [...result.segments].sort((a, b) => b.customers - a.customers)[0];
	if (!result.customers || !top) return [text.story.none];
	const revenue = (share: number) => (money ? pct(share) : null);
	const by = new Map(result.segments.map((s) => [s.segment, s]));
	const sentences = [
		text.story.top(text.segment(top.segment), pct(top.customer_share), revenue(top.revenue_share))
	];
	const quiet = ['At Risk', "Can't Lose Them"].flatMap((name) => by.get(name) ?? []);
	const quietCustomers = quiet.reduce((n, s) => n + s.customers, 0);
	if (quietCustomers)
		sentences.push(
			text.story.quiet(
				count(quietCustomers),
				text.names(quiet.map((s) => text.segment(s.segment))),
				revenue(quiet.reduce((n, s) => n + s.revenue_share, 0))
			)
		);
	const asleep = by.get('Hibernating');
	if (asleep?.customers)
		sentences.push(text.story.asleep(pct(asleep.customer_share), revenue(asleep.revenue_share)));
	return sentences;
}

/** The two movements an executive asks about: did the best customers stay, where did newcomers land. */
export function migrationStory({ earlier, flows }: Migration, top: string, text: Text): string[] {
	const sentences: string[] = [];
	const was = flows.filter((f) => f.from === top);
	const before = was.reduce((n, f) => n + f.customers, 0);
	const kept = was.find((f) => f.to === top)?.customers ?? 0;
	if (before)
		sentences.push(
			text.story.kept(count(kept), count(before), text.segment(top), earlier, pct(kept / before))
		);
	const arrivals = flows.filter((f) => f.from === NEW_SEGMENT);
	const arrived = arrivals.reduce((n, f) => n + f.customers, 0);
	if (arrived)
		sentences.push(
			text.story.arrived(count(arrived), count(arrivals[0].customers), text.segment(arrivals[0].to))
		);
	return sentences;
}
