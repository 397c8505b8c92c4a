import { number, paramSet } from '$lib/state/url-params';

/** The sequences page's URL: how long a gap still counts, and the fewest customers per pair. */
export const SEQUENCES_PAGE = paramSet<{ maxLagDays: number; minCustomers: number }>({
	maxLagDays: { key: 'lag', codec: number(1, 3650, true), default: 180 },
	minCustomers: { key: 'min', codec: number(1, 1_000_000, true), default: 10 }
});
