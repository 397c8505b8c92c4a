import type { TimeUnit } from '$lib/analyses/clv/clv-data';
import { number, oneOf, paramSet } from '$lib/state/url-params';

/** The lifetime-value page's URL: the model's time unit, hold-out, horizon and discount rate. */
export const CLV_PAGE = paramSet<{
	unit: TimeUnit;
	holdoutMonths: number;
	horizonMonths: number;
	discountPercent: number;
}>({
	unit: { key: 'unit', codec: oneOf('day', 'week', 'month'), default: 'week' },
	holdoutMonths: { key: 'holdout', codec: number(1, 60, true), default: 6 },
	horizonMonths: { key: 'horizon', codec: number(1, 120, true), default: 12 },
	discountPercent: { key: 'discount', codec: number(0, 100), default: 10 }
});
