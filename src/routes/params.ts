import type { PeriodLength } from '$lib/analyses/overview/kpis';
import { oneOf, paramSet } from '$lib/state/url-params';

/** The overview's URL: the period its figures compare (this one against the one before). */
export const OVERVIEW_PAGE = paramSet<{ period: PeriodLength }>({
	period: { key: 'period', codec: oneOf('month', 'quarter', 'year'), default: 'quarter' }
});
