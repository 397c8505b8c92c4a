import { expect, it } from 'vitest';
import type { ClvCustomer } from '../analyses/clv/clv';
import { valueVsAliveOption, type ValueVsAliveText } from './clv-scatter';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';

const TEXT: ValueVsAliveText = {
	revenue: 'net revenue so far',
	alive: 'P(alive)',
	customers: 'Customers',
	leaving: 'Valuable but probably leaving',
	corner: 'valuable, probably leaving',
	point: (revenue, alive, purchases, days) =>
		`revenue ${revenue} · P(alive) ${alive}\n${purchases} purchases, last ${days} days ago`
};

const CUSTOMERS: ClvCustomer[] = Array.from({ length: 60 }, (_, i) => ({
	customer_id: `C${String(i).padStart(3, '0')}`,
	name: i % 7 === 0 ? `客户 {${i}}` : null,
	purchases: 1 + (i % 9),
	days_since_last: (i * 37) % 400,
	monetary: 20 * Math.pow(1.12, i),
	p_alive: ((i * 53) % 100) / 100,
	expected_purchases: 1,
	expected_spend: 50,
	clv: 40
}));

it('marks valuable customers with a low P(alive)', () => {
	const valuableFrom = CUSTOMERS[48].monetary!;
	const flagged = new Set(
		CUSTOMERS.filter((c) => c.monetary! >= valuableFrom && c.p_alive < 0.5).map(
			(c) => c.customer_id
		)
	);
	const option = valueVsAliveOption(CUSTOMERS, flagged, valuableFrom, 0.5, TEXT) as {
		series: { data: unknown[] }[];
	};
	expect(option.series[1].data).toHaveLength(flagged.size);
	expect(option.series[0].data.length + flagged.size).toBe(CUSTOMERS.length);
	expect(
		matchesSvgSnapshot(
			'clv-scatter',
			valueVsAliveOption(CUSTOMERS, flagged, valuableFrom, 0.5, TEXT)
		)
	).toBe(true);
});
