import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	ACTIVITY_HEADER,
	CUSTOMER_HEADER,
	DEMO_DIR,
	DEMO_FILES,
	generateDemo,
	TRANSACTION_HEADER,
	type DemoTexts
} from './generate';
import { measureDemo, type DemoStats } from './generator/measure';

let demo: DemoTexts;
let stats: DemoStats;

beforeAll(() => {
	demo = generateDemo();
	stats = measureDemo(demo);
});

const keys = Object.keys(DEMO_FILES) as (keyof DemoTexts)[];

describe('committed demo files', () => {
	it.each(keys)('%s.csv.gz matches the generator', (key) => {
		const committed = gunzipSync(readFileSync(join(DEMO_DIR, DEMO_FILES[key]))).toString('utf8');
		// Boolean compare: a failing diff of megabytes of CSV helps nobody.
		expect(
			committed === demo[key],
			`datasets/demo/${DEMO_FILES[key]} is out of date: run \`npx tsx datasets/generate.ts\``
		).toBe(true);
	});
});

describe('format contract', () => {
	it('has the exact headers, UTF-8 without BOM, LF line endings', () => {
		const headers = {
			transactions: TRANSACTION_HEADER,
			customers: CUSTOMER_HEADER,
			activities: ACTIVITY_HEADER
		};
		for (const key of keys) {
			const text = demo[key];
			expect(text.charCodeAt(0)).not.toBe(0xfeff);
			expect(text.includes('\r')).toBe(false);
			expect(text.endsWith('\n')).toBe(true);
			expect(text.slice(0, text.indexOf('\n'))).toBe(headers[key].join(','));
		}
	});

	it('has the promised sizes', () => {
		const c = stats.counts;
		expect(c.lines).toBeGreaterThanOrEqual(150_000);
		expect(c.lines).toBeLessThanOrEqual(210_000);
		expect(c.customers).toBeGreaterThanOrEqual(5_000);
		expect(c.activities).toBeGreaterThanOrEqual(20_000);
		expect(c.activities).toBeLessThanOrEqual(40_000);
		expect(c.products).toBeGreaterThanOrEqual(150);
		expect(c.products).toBeLessThanOrEqual(250);
		expect(c.maxLinesPerInvoice).toBeLessThanOrEqual(8);
		expect(c.guestLineShare).toBeGreaterThan(0.02);
		expect(c.guestLineShare).toBeLessThan(0.04);
		expect(c.neverPurchased / c.customers).toBeGreaterThan(0.03);
		expect(c.neverPurchased / c.customers).toBeLessThan(0.05);
		expect(c.signups2022).toBeGreaterThan(0);
		expect(c.firstDate >= '2023-01-01').toBe(true);
		expect(c.lastDate < '2025-01-01').toBe(true);
		expect(Object.keys(c.activitiesByType).sort()).toEqual(['call', 'campaign', 'email', 'visit']);
		expect(c.campaigns.length).toBeGreaterThanOrEqual(6);
	});

	it('keeps ids, dates and churn fields consistent', () => {
		expect(stats.integrity).toMatchObject({
			signupAfterFirstPurchase: 0,
			returnsWithoutPriorPurchase: 0,
			badInvoiceNumbers: 0,
			badCustomerIds: 0,
			unknownCustomerIds: 0,
			inconsistentChurnFields: 0
		});
		expect(stats.integrity.chineseNameShare).toBeGreaterThan(0.4);
		expect(stats.integrity.chineseNameShare).toBeLessThan(0.6);
		expect(stats.churn.purchasesOnOrAfterChurn).toBe(0);
		expect(demo.transactions).toMatch(/^INV\d{7},C\d{5},\d{4}-\d\d-\d\d \d\d:\d\d,/m);
		expect(demo.activities).toMatch(/^C\d{5},\d{4}-\d\d-\d\d \d\d:\d\d,campaign,\S/m);
	});
});

describe('planted structure', () => {
	it('concentrates revenue: top 20% of customers bring 70-80%', () => {
		expect(stats.revenue.top20Share).toBeGreaterThan(0.7);
		expect(stats.revenue.top20Share).toBeLessThan(0.8);
	});

	it('has a loss-making minority (cost > net revenue)', () => {
		expect(stats.whale.lossShare).toBeGreaterThan(0.05);
		expect(stats.whale.lossShare).toBeLessThan(0.15);
		expect(stats.whale.peakCumulativeProfitShare).toBeGreaterThan(1.1);
		expect(stats.whale.lossLeaderLines).toBeGreaterThan(0);
	});

	it('plants three product pairs with lift well above 1', () => {
		for (const pair of stats.pairs) expect(pair.lift, `${pair.a} + ${pair.b}`).toBeGreaterThan(5);
	});

	it('brings printer buyers back for toner after about 90 days', () => {
		const t = stats.toner;
		expect(t.withTonerAfter / t.printerBuyers).toBeGreaterThan(0.7);
		expect(Math.abs(t.firstLagMedian - 90)).toBeLessThanOrEqual(7);
		expect(t.firstLagSd).toBeGreaterThan(8);
		expect(t.firstLagSd).toBeLessThan(22);
		expect(t.tonerPurchasesPerRepeater).toBeGreaterThan(1.5);
	});

	it('churns the Online channel about twice as often, mostly over price', () => {
		const ch = stats.churn;
		expect(ch.highChannel).toBe('Online');
		expect(ch.ratio).toBeGreaterThan(1.7);
		expect(ch.ratio).toBeLessThan(2.5);
		expect(ch.highReasonShares.Price).toBeGreaterThanOrEqual(0.5);
		expect(ch.othersPriceShare).toBeLessThan(0.25);
		expect(ch.overallRate).toBeGreaterThan(0.2);
		expect(ch.overallRate).toBeLessThan(0.3);
	});

	it('peaks in November/December and dips in summer', () => {
		const idx = stats.seasonality.index;
		for (const year of ['2023', '2024']) {
			for (const m of ['10', '11', '12'])
				expect(idx[`${year}-${m}`], `${year}-${m}`).toBeGreaterThan(1);
			expect(idx[`${year}-11`]).toBeGreaterThan(1.3);
			expect(idx[`${year}-12`]).toBeGreaterThan(1.3);
			expect(idx[`${year}-07`]).toBeLessThan(0.85);
		}
	});

	it('has a non-empty seed segment with near misses around it', () => {
		const s = stats.seed;
		expect(s.members.length).toBeGreaterThanOrEqual(5);
		expect(s.members.length).toBeLessThanOrEqual(30);
		expect(s.excludedByCampaign).toBeGreaterThan(0);
		expect(s.liNaOnlyOne).toBeGreaterThan(0);
		expect(s.liNaBothOnlyBeforeWindow).toBeGreaterThan(0);
		expect(s.otherShanghaiRepBoth).toBeGreaterThan(0);
		expect(s.otherBranchBoth).toBeGreaterThan(0);
	});
});
