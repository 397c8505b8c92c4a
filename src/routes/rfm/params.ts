import { MATRIX_METRICS, type MatrixMetric } from '$lib/charts/rfm-matrix';
import { RFM_PARAMS, type RfmSettings } from '$lib/state/params';
import { mapped, number, oneOf, paramSet, text, tuple } from '$lib/state/url-params';

/** The customers listed under the grid: a named segment's, or one R × F cell's. */
export type Selection = { segment: string } | { r: number; f: number };

const score = number(1, 5, true);

/** The RFM page's URL: the scoring settings, what the grid shows, and whose list is open. */
export const RFM_PAGE = paramSet<
	RfmSettings & {
		metric: MatrixMetric;
		segment: string | undefined;
		cell: { r: number; f: number } | undefined;
	}
>({
	...RFM_PARAMS.fields,
	metric: { key: 'metric', codec: oneOf(...MATRIX_METRICS), default: 'customers' },
	// `segment` alone is the global saved-segment filter's key.
	segment: { key: 'list', codec: text, default: undefined },
	cell: {
		key: 'cell',
		codec: mapped(
			tuple<[number, number]>([score, score]),
			([r, f]) => ({ r, f }),
			({ r, f }): [number, number] => [r, f]
		),
		default: undefined
	}
});
