import type { AbcMode } from '$lib/analyses/pareto/abc';
import type { ProfitGroup } from '$lib/analyses/pareto/profit';
import { number, oneOf, paramSet } from '$lib/state/url-params';

/** The Pareto page's URL: ABC classes, the break-even band and the profit group listed. */
export const PARETO_PAGE = paramSet<{
	mode: AbcMode;
	aPercent: number;
	bPercent: number;
	bandPercent: number;
	group: ProfitGroup;
}>({
	mode: { key: 'abc', codec: oneOf('fixed', 'computed'), default: 'fixed' },
	aPercent: { key: 'a', codec: number(0, 100), default: 80 },
	bPercent: { key: 'b', codec: number(0, 100), default: 95 },
	bandPercent: { key: 'band', codec: number(0, 100), default: 2 },
	group: { key: 'group', codec: oneOf('makers', 'break_even', 'losers'), default: 'losers' }
});
