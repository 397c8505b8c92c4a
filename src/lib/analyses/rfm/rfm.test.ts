import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '$tests/helpers/load';
import { ensureDataset } from '../../engine/dataset';
import type { Engine } from '../../engine/engine';
import { createNativeEngine } from '../../engine/node-native';
import { createNodeWasmEngine } from '../../engine/node-wasm';
import { literal } from '../../engine/sql';
import { cutsFromBins, DIMENSIONS, type Cuts } from './cuts';
import { migration, migrationSql } from './migration';
import { rfm, rfmCtes, rfmCustomers, rfmCustomersSql, rfmStatements, type RfmParams } from './rfm';
import { FIXTURE_CUSTOMERS, FIXTURE_SNAPSHOT, fixtureFile } from '$tests/helpers/rfm-fixture';
import { refBins, refCustomers, refSnapshot, refStat, type RefLine } from '$tests/reference/rfm';
import { DEFAULT_SEGMENT_MAP, type SegmentMap } from './segments';
import { customerFactsCtes } from '../value/customer-facts';

const ENGINES: [string, () => Promise<Engine>][] = [
	['wasm-node', createNodeWasmEngine],
	['native', () => createNativeEngine()]
];

const day = (offset: number) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);

// Quotes in segment names prove the names reach SQL only as literals.
const ROWS_MAP: SegmentMap = [1, 2, 3, 4, 5].map((r) => ({
	segment: r === 5 ? `O'Brien "best"` : `Row ${r}`,
	r: [r, r],
	f: [1, 5]
}));

const arbLine: fc.Arbitrary<RefLine> = fc
	.record({
		customer_id: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { freq: 8 }),
		invoice_id: fc.option(
			fc.integer({ min: 1, max: 25 }).map((n) => `I${n}`),
			{ freq: 2 }
		),
		// Clustered days, so same-day lines without an invoice id come up often.
		day: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
		hour: fc.constantFrom(0, 9, 14, 23),
		cents: fc.oneof(fc.constantFrom(1000, 2500), fc.integer({ min: 1, max: 50_000 })),
		is_return: fc.constantFrom(true, false, false, false)
	})
	.map(({ day: d, hour, cents, is_return, ...ids }) => ({
		...ids,
		ts: `${day(d)} ${String(hour).padStart(2, '0')}:30:00`,
		cents: is_return ? -cents : cents,
		is_return
	}));

const arbLines = fc.array(arbLine, { minLength: 1, maxLength: 40, size: 'medium' });

const arbCuts = (min: number, max: number, scale = 1) =>
	fc
		.array(fc.integer({ min, max }), { minLength: 4, maxLength: 4 })
		.map((a) => a.sort((x, y) => x - y).map((v) => v / scale) as Cuts);

const arbParams = fc.record({
	snapshot: fc.option(fc.integer({ min: 3, max: 45 }).map(day), { nil: undefined }),
	returns: fc.constantFrom('net' as const, 'exclude' as const),
	scoring: fc.constantFrom('quintiles' as const, 'thresholds' as const),
	cuts: fc.record({
		recency: arbCuts(0, 45),
		frequency: arbCuts(1, 8),
		monetary: arbCuts(-5_000, 60_000, 100)
	}),
	segments: fc.constantFrom(DEFAULT_SEGMENT_MAP, ROWS_MAP)
});

async function loadLines(engine: Engine, lines: RefLine[]) {
	const values = lines.map(
		(l) =>
			`(${literal(l.invoice_id)}, ${literal(l.customer_id)}, ${literal(l.ts)}::TIMESTAMP, ${l.cents / 100}, ${l.is_return}, TRUE)`
	);
	await engine.exec('DELETE FROM transactions');
	await engine.exec(
		`INSERT INTO transactions (invoice_id, customer_id, ts, amount, is_return, is_product) VALUES ${values.join(', ')}`
	);
}

const close = (a: number | null, b: number | null) =>
	a === null || b === null ? a === b : Math.abs(a - b) < 0.0051;

describe.each(ENGINES)('rfm on %s', (kind, create) => {
	let engine: Engine;
	let fixture: Engine;
	beforeAll(async () => {
		engine = await create();
		await ensureDataset(engine);
		const engineOption = kind === 'native' ? 'native' : 'wasm';
		fixture = await loadFiles({ transactions: fixtureFile() }, engineOption);
	});
	afterAll(async () => {
		await engine.close();
		await fixture.close();
	});

	it('agrees with a plain TypeScript reference on generated transactions', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, arbParams, async (lines, params) => {
				await loadLines(engine, lines);
				const expected = refCustomers(lines, params);
				const result = await rfm(engine, params);
				const listed = await rfmCustomers(engine, params, {
					limit: 100,
					orderBy: { key: 'customer_id' }
				});
				expect(result.snapshot_date).toBe(refSnapshot(lines, params.snapshot));
				expect(listed.map(({ name: _, ...c }) => c)).toEqual(expected);
				expect(result.customers).toBe(expected.length);
				for (const d of DIMENSIONS) {
					expect(result.thresholds[d]).toEqual(refBins(expected, d));
					const stat = refStat(expected.map((c) => c[d]));
					expect(close(result[d].mean, stat.mean) && close(result[d].median, stat.median)).toBe(
						true
					);
				}
				for (const cell of result.cells) {
					const inCell = expected.filter((c) => c.r === cell.r && c.f === cell.f);
					expect(cell.customers).toBe(inCell.length);
					expect(result.matrix[cell.r - 1][cell.f - 1]).toBe(inCell.length);
					expect(
						close(
							cell.revenue,
							inCell.reduce((s, c) => s + c.monetary, 0)
						)
					).toBe(true);
				}
				const total = expected.reduce((s, c) => s + c.monetary, 0);
				for (const segment of result.segments) {
					const members = expected.filter((c) => c.segment === segment.segment);
					const revenue = members.reduce((s, c) => s + c.monetary, 0);
					expect(segment.customers).toBe(members.length);
					expect(close(segment.revenue, revenue)).toBe(true);
					expect(close(segment.revenue_share, total ? revenue / total : 0)).toBe(true);
				}
			}),
			{ numRuns: 30 }
		);
	});

	it('scores the hand-checked fixture', async () => {
		const params = { snapshot: FIXTURE_SNAPSHOT };
		const listed = await rfmCustomers(fixture, params, {
			limit: 10,
			orderBy: { key: 'customer_id' }
		});
		expect(listed).toEqual(FIXTURE_CUSTOMERS.map((c) => ({ ...c, name: null })));
		const result = await rfm(fixture, params);
		expect(result).toMatchObject({
			snapshot_date: '2024-02-01',
			customers: 5,
			revenue: 825,
			recency: { mean: 23.4, median: 16 },
			frequency: { mean: 1.8, median: 2 },
			monetary: { mean: 165, median: 60 }
		});
		expect(result.thresholds.frequency.map((b) => [b.min, b.max, b.customers])).toEqual([
			[1, 1, 2],
			[null, null, 0],
			[2, 2, 2],
			[null, null, 0],
			[3, 3, 1]
		]);
		expect(result.segments.slice(0, 4)).toEqual([
			{
				segment: 'Hibernating',
				customers: 2,
				revenue: 560,
				customer_share: 0.4,
				revenue_share: 0.6788
			},
			{
				segment: 'Champions',
				customers: 1,
				revenue: 210,
				customer_share: 0.2,
				revenue_share: 0.2545
			},
			{
				segment: 'Potential Loyalists',
				customers: 1,
				revenue: 40,
				customer_share: 0.2,
				revenue_share: 0.0485
			},
			{
				segment: 'Need Attention',
				customers: 1,
				revenue: 15,
				customer_share: 0.2,
				revenue_share: 0.0182
			}
		]);
		expect((await rfm(fixture)).snapshot_date).toBe('2024-02-02');
		const excluded = await rfmCustomers(
			fixture,
			{ ...params, returns: 'exclude' },
			{ limit: 1, segment: 'Potential Loyalists' }
		);
		expect(excluded[0]).toMatchObject({ customer_id: 'B', monetary: 80, m: 3 });
		const cuts = {
			recency: [5, 10, 30, 60],
			frequency: [2, 3, 4, 5],
			monetary: [20, 50, 100, 400]
		} as RfmParams['cuts'];
		const byCuts = await rfmCustomers(
			fixture,
			{ ...params, scoring: 'thresholds', cuts },
			{ limit: 10, orderBy: { key: 'customer_id' } }
		);
		expect(byCuts.map((c) => `${c.customer_id}${c.r}${c.f}${c.m}`)).toEqual([
			'A534',
			'B422',
			'C213',
			'D321',
			'E115'
		]);
	});

	it('tracks segment migration between two snapshots, new customers included', async () => {
		const result = await migration(fixture, { snapshot: FIXTURE_SNAPSHOT }, '2024-01-15');
		expect(result).toEqual({
			earlier: '2024-01-15',
			later: '2024-02-01',
			flows: [
				{ from: 'Hibernating', to: 'Hibernating', customers: 2 },
				{ from: '(new)', to: 'Need Attention', customers: 1 },
				{ from: 'About to Sleep', to: 'Potential Loyalists', customers: 1 },
				{ from: 'Promising', to: 'Champions', customers: 1 }
			]
		});
		expect((await migration(fixture, { snapshot: FIXTURE_SNAPSHOT })).earlier).toBe('2023-11-03');
	});

	it('binds every generated statement (EXPLAIN)', async () => {
		const variants: RfmParams[] = [
			{},
			{ snapshot: '2024-01-20', returns: 'exclude' },
			{
				scoring: 'thresholds',
				cuts: { recency: [1, 2, 3, 4], frequency: [1, 1, 2, 9], monetary: [-1, 0, 0.5, 1e6] }
			},
			{ segments: ROWS_MAP }
		];
		for (const params of variants) {
			const customers = rfmCustomersSql(params, {
				segment: "O'Brien",
				r: 5,
				f: 1,
				limit: 5,
				orderBy: { key: 'name', descending: true }
			});
			for (const sql of [
				...rfmStatements(params),
				migrationSql({ ...params, snapshot: '2024-02-01' }, '2024-01-01')
			])
				await expect(fixture.query(`EXPLAIN ${sql}`)).resolves.toBeDefined();
			await expect(
				fixture.query(`EXPLAIN ${customers.sql}`, customers.params)
			).resolves.toBeDefined();
		}
	});
});

it('threshold mode with cuts taken from the quintile bins reproduces the quintile scores', () => {
	fc.assert(
		fc.property(arbLines, (lines) => {
			const params = { segments: DEFAULT_SEGMENT_MAP };
			const quintiles = refCustomers(lines, params);
			const bins = Object.fromEntries(DIMENSIONS.map((d) => [d, refBins(quintiles, d)]));
			const cuts = cutsFromBins(bins as Parameters<typeof cutsFromBins>[0]);
			expect(refCustomers(lines, { ...params, scoring: 'thresholds', cuts })).toEqual(quintiles);
		}),
		{ numRuns: 300 }
	);
});

it('pins the SQL of the scoring steps', () => {
	const params = { snapshot: '2025-01-01' };
	expect(rfmCtes(params).slice(customerFactsCtes(params).length)).toMatchSnapshot();
	const cuts = {
		recency: [7, 30, 90, 365],
		frequency: [2, 3, 5, 10],
		monetary: [10, 100, 1e3, 1e4]
	};
	const thresholds = rfmCtes({ ...params, scoring: 'thresholds', cuts: cuts as RfmParams['cuts'] });
	expect(
		thresholds.slice(thresholds.indexOf('rfm_scores'), thresholds.indexOf('segment_cells'))
	).toMatchSnapshot();
});

it('refuses an invalid segment map, bad cuts and unknown sort keys', () => {
	expect(() => rfmStatements({ segments: DEFAULT_SEGMENT_MAP.slice(1) })).toThrow(
		/R1×F1 belongs to no segment/
	);
	const cuts = {
		recency: [3, 2, 1, 0],
		frequency: [1, 2, 3, 4],
		monetary: [1, 2, 3, 4]
	} as RfmParams['cuts'];
	expect(() => rfmStatements({ scoring: 'thresholds', cuts })).toThrow(
		/recency needs four ascending/
	);
	const orderBy = { key: 'monetary; DROP TABLE x' as 'monetary' };
	expect(() => rfmCustomersSql({}, { limit: 1, orderBy })).toThrow(/Cannot order/);
});
