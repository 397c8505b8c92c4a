import { expect, it } from 'vitest';
import { NO_REASON, summariseReasons } from '../analyses/churn/reasons';
import { churnReasonsOption } from './churn-reasons';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

// The demo's Online churners (59.5% Price) against Store.
const ROWS = [
	['Online', 'Price', 358],
	['Online', 'Service', 63],
	['Online', 'Competitor', 63],
	['Online', 'Moved', 44],
	['Online', 'Unknown', 42],
	['Online', 'Product quality', 32],
	['Store', 'Service', 95],
	['Store', 'Price', 60],
	['Store', 'Moved', 80],
	['Store', 'Competitor', 70],
	['Store', NO_REASON, 111]
].map(([value, reason, churned]) => ({
	value: value as string,
	reason: reason as string,
	churned: churned as number
}));

it('splits each segment’s churn by reason, no reason last', () => {
	const option = churnReasonsOption(summariseReasons(ROWS)) as { series: { name: string }[] };
	expect(option.series[0].name).toBe('Price');
	expect(option.series.at(-1)!.name).toBe(NO_REASON);
	expect(matchesSvgSnapshot('churn-reasons', churnReasonsOption(summariseReasons(ROWS)))).toBe(
		true
	);
});
