import { MATRIX_METRICS, type MatrixMetric } from '$lib/charts/rfm-matrix';
import { RFM_PARAMS, type RfmSettings } from '$lib/state/params';
import { oneOf, paramSet } from '$lib/state/url-params';

/** The RFM page's URL: the scoring settings, and what the grid shows. */
export const RFM_PAGE = paramSet<RfmSettings & { metric: MatrixMetric }>({
	...RFM_PARAMS.fields,
	metric: { key: 'metric', codec: oneOf(...MATRIX_METRICS), default: 'customers' }
});
