import { expect, it } from 'vitest';
import { NO_REASON, summariseReasons } from '../analyses/churn/reasons';
import { churnReasonsOption, type ChurnReasonsText } from './churn-reasons';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: ChurnReasonsText = {
	value: (v) => v,
	other: 'Other reasons',
	part: (churned, of, share) => `${churned} of ${of} churned (${share})`
};

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
	const option = churnReasonsOption(summariseReasons(ROWS), TEXT) as { series: { name: string }[] };
	expect(option.series[0].name).toBe('Price');
	expect(option.series.at(-1)!.name).toBe(NO_REASON);
	expect(
		matchesSvgSnapshot('churn-reasons', churnReasonsOption(summariseReasons(ROWS), TEXT))
	).toBe(true);
});

it('groups the rarest of many reasons so the colours stay tellable', () => {
	const rows = Array.from({ length: 12 }, (_, i) => ({
		value: 'All',
		reason: `R${i}`,
		churned: 20 - i
	}));
	const option = churnReasonsOption(summariseReasons(rows), TEXT) as {
		series: { name: string; data: number[] }[];
	};
	expect(option.series.map((s) => s.name)).toEqual([
		'R0',
		'R1',
		'R2',
		'R3',
		'R4',
		'R5',
		'R6',
		'Other reasons'
	]);
	const total = rows.reduce((s, r) => s + r.churned, 0);
	expect(option.series.at(-1)!.data[0]).toBeCloseTo(
		[13, 12, 11, 10, 9].reduce((s, n) => s + n, 0) / total,
		12
	);
});

it('names the parts in the page’s language, data left as it is', () => {
	const zh = { ...TEXT, value: (v: string) => (v === NO_REASON ? '（未填原因）' : v) };
	const option = churnReasonsOption(summariseReasons(ROWS), zh) as {
		series: { name: string }[];
		tooltip: { formatter: (p: { seriesIndex: number; dataIndex: number }) => string };
	};
	expect(option.series.at(-1)!.name).toBe('（未填原因）');
	expect(option.tooltip.formatter({ seriesIndex: option.series.length - 1, dataIndex: 1 })).toBe(
		'Store: （未填原因）\n111 of 416 churned (26.7%)'
	);
});
