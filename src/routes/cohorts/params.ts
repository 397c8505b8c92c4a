import { COHORT_METRICS, type CohortMetric } from '$lib/charts/cohort-heatmap';
import { day, oneOf, paramSet } from '$lib/state/url-params';

/** The cohorts page's URL: what each square shows, and the snapshot. */
export const COHORTS_PAGE = paramSet<{ metric: CohortMetric; snapshot: string | undefined }>({
	metric: { key: 'metric', codec: oneOf(...COHORT_METRICS), default: 'retention' },
	snapshot: { key: 'snapshot', codec: day, default: undefined }
});
