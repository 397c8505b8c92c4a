import { expect, it } from 'vitest';
import { cellSegments, DEFAULT_SEGMENT_MAP } from '../analyses/rfm/segments';
import { rfmMatrixOption, type MatrixMetric, type RfmMatrixText } from './rfm-matrix';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

// The demo's customer counts at 2025-01-01; revenue grows with both scores.
const COUNTS = [
	[901, 108, 109, 31, 17],
	[502, 180, 260, 130, 83],
	[383, 140, 278, 243, 144],
	[189, 92, 246, 325, 304],
	[100, 53, 153, 242, 588]
];
const CELLS = cellSegments(DEFAULT_SEGMENT_MAP).map(({ r, f, segment }) => {
	const customers = COUNTS[r - 1][f - 1];
	const avg = 150 * f * f + 40 * r;
	return { r, f, segment, customers, revenue: customers * avg, avg_monetary: avg };
});

const TEXT: RfmMatrixText = {
	metrics: { customers: 'Customers', revenue: 'Revenue', avg_monetary: 'Revenue per customer' },
	frequencyAxis: 'Frequency score  (5 = buys most often)',
	recencyAxis: 'Recency score  (5 = bought most recently)',
	segment: (name) => name
};

it.each(['customers', 'revenue', 'avg_monetary'] as MatrixMetric[])(
	'draws the R×F grid coloured by %s',
	(metric) => {
		expect(matchesSvgSnapshot(`rfm-matrix-${metric}`, rfmMatrixOption(CELLS, metric, TEXT))).toBe(
			true
		);
	}
);
