import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import {
	arbLinesWithin,
	descending,
	ENGINES,
	loadLines,
	refFacts,
	SNAPSHOT,
	valueLines,
	type Line
} from '$tests/helpers/pareto-data';
import type { ReturnsMode } from '../value/customer-facts';
import {
	matrix,
	matrixCellsSql,
	matrixCustomers,
	matrixCustomersSql,
	matrixSummarySql,
	type AttributeRating,
	type AttractivenessBasis,
	type MatrixParams
} from './matrix';
import { attributeValueSql, suggestRating } from './rating';
import { STRATEGIES } from './strategies';

/** SQL `ntile(3)` of a 0-based position among `n` rows: the first n mod 3 buckets get one more. */
function ntile3(i: number, n: number): number {
	const size = Math.floor(n / 3);
	const big = n % 3;
	return i < big * (size + 1)
		? Math.floor(i / (size + 1)) + 1
		: big + Math.floor((i - big * (size + 1)) / size) + 1;
}

const monthStart = (monthsBack: number) =>
	new Date(Date.UTC(2025, -monthsBack, 1)).toISOString().slice(0, 10);

/** The reference: periods from the fixed snapshot; stages and A/B/C per the definitions. */
function refMatrix(
	lines: readonly Line[],
	returns: ReturnsMode,
	{ months, growth, decline }: { months: number; growth: number; decline: number },
	basis: AttractivenessBasis,
	attribute?: AttributeRating,
	membership?: Map<string, string | null>
) {
	const lastStart = monthStart(months);
	const prevStart = monthStart(2 * months);
	const facts = new Map(refFacts(lines, returns).map((f) => [f.id, f]));
	const acts = new Map<
		string,
		{ last: number; prev: number; boughtLast: boolean; boughtPrev: boolean }
	>();
	for (const l of valueLines(lines, returns)) {
		if (l.ts < prevStart) continue;
		const a = acts.get(l.customer_id!) ?? {
			last: 0,
			prev: 0,
			boughtLast: false,
			boughtPrev: false
		};
		const inLast = l.ts >= lastStart;
		if (inLast) a.last += l.cents;
		else a.prev += l.cents;
		if (!l.is_return && inLast) a.boughtLast = true;
		if (!l.is_return && !inLast) a.boughtPrev = true;
		acts.set(l.customer_id!, a);
	}
	const staged = [...acts]
		.filter(([, a]) => a.boughtLast || a.boughtPrev)
		.map(([id, a]) => ({ id, ...a }));
	const buyers = descending(
		staged.filter((s) => s.boughtLast),
		(s) => s.last
	);
	const volume = new Map(buyers.map((s, i) => [s.id, ntile3(i, buyers.length)]));
	const g = Math.round(growth * 10_000);
	const d = Math.round(decline * 10_000);
	const stage = new Map(
		staged.map((s) => {
			const v = volume.get(s.id);
			const declining = !s.boughtLast || (s.prev > 0 && s.last * 10_000 <= (10_000 + d) * s.prev);
			const growing =
				!s.boughtPrev ||
				(s.prev <= 0 && s.last > 0) ||
				(s.prev > 0 && s.last * 10_000 >= (10_000 + g) * s.prev);
			const st = declining ? 6 : growing ? (v! <= 2 ? 2 : 4) : v === 1 ? 1 : v === 2 ? 3 : 5;
			return [s.id, st];
		})
	);
	const rating = new Map<string, string>();
	if (basis === 'attribute') {
		for (const s of staged) {
			const value = membership?.get(s.id) ?? null;
			rating.set(
				s.id,
				(value !== null && attribute!.classes[value]) || attribute!.otherwise || 'C'
			);
		}
	} else {
		const metric = (id: string) => {
			const f = facts.get(id)!;
			return basis === 'profit' ? f.profit : f.cents / f.frequency;
		};
		const withMetric = staged.filter((s) => metric(s.id) !== null);
		const ordered = [
			...descending(withMetric, (s) => metric(s.id)!),
			...descending(
				staged.filter((s) => metric(s.id) === null),
				() => 0
			)
		];
		ordered.forEach((s, i) => rating.set(s.id, 'ABC'[ntile3(i, ordered.length) - 1]));
	}
	return {
		notStaged: facts.size - staged.length,
		classes: new Map(staged.map((s) => [s.id, `${rating.get(s.id)}${stage.get(s.id)}`])),
		revenue: new Map(staged.map((s) => [s.id, s.last]))
	};
}

const MEMBERSHIP = ['Gold', 'Silver', 'O\'Neil "VIP"', null];

const arbParams = fc.record({
	months: fc.integer({ min: 1, max: 6 }),
	growth: fc.constantFrom(0.5, 0, 1),
	decline: fc.constantFrom(-0.3, 0, -1)
});

const arbAttribute: fc.Arbitrary<AttributeRating | undefined> = fc.option(
	fc.record({
		column: fc.constant('membership'),
		classes: fc.constantFrom<AttributeRating['classes']>({}, { Gold: 'A', 'O\'Neil "VIP"': 'B' }),
		otherwise: fc.constantFrom<'A' | 'B' | 'C'>('B', 'C')
	}),
	{ nil: undefined }
);

describe.each(ENGINES)('A1–C6 matrix on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('every generated statement passes EXPLAIN', async () => {
		const attribute: AttributeRating = { column: 'x"; DROP TABLE t; --', classes: { a: 'A' } };
		const cases: [MatrixParams, AttractivenessBasis][] = [
			[{}, 'profit'],
			[{ months: 3, returns: 'exclude', snapshot: SNAPSHOT }, 'aov'],
			[{ attribute: { column: 'membership', classes: { "G'old": 'A' } } }, 'attribute'],
			[{ attribute: { column: 'membership', classes: {} } }, 'attribute']
		];
		for (const [p, basis] of cases)
			for (const build of [matrixCellsSql, matrixSummarySql, matrixCustomersSql]) {
				const { sql, params } = build(p, basis);
				await expect(engine.query(`EXPLAIN ${sql}`, params)).resolves.toBeDefined();
			}
		const rating = attributeValueSql('membership', { returns: 'exclude' });
		await expect(engine.query(`EXPLAIN ${rating.sql}`, rating.params)).resolves.toBeDefined();
		// A hostile column name stays one quoted identifier: DuckDB reports a missing column.
		const { sql, params } = matrixCellsSql({ attribute }, 'attribute');
		await expect(engine.query(`EXPLAIN ${sql}`, params)).rejects.toThrow(/x"; DROP TABLE t; --/);
	});

	it('matches the reference on generated data', async () => {
		await fc.assert(
			fc.asyncProperty(
				// Lines mostly inside the two periods, so trends sit on their edges often.
				arbParams.chain((knobs) =>
					fc.tuple(fc.constant(knobs), arbLinesWithin(62 * knobs.months + 20))
				),
				fc.constantFrom<ReturnsMode>('net', 'exclude'),
				arbAttribute,
				fc.array(fc.constantFrom(...MEMBERSHIP), { minLength: 9, maxLength: 9 }),
				async ([knobs, lines], returns, attribute, members) => {
					const membership = new Map(members.map((m, i) => [`c${i + 1}`, m]));
					await loadLines(
						engine,
						lines,
						[...membership].map(([customer_id, m]) => ({ customer_id, membership: m }))
					);
					const params: MatrixParams = { snapshot: SNAPSHOT, returns, ...knobs, attribute };
					const basis: AttractivenessBasis = attribute
						? 'attribute'
						: lines.some((l) => l.cost_cents !== null)
							? 'profit'
							: 'aov';
					const ref = refMatrix(lines, returns, knobs, basis, attribute, membership);
					const got = await matrixCustomers(engine, params);
					expect(new Map(got.map((c) => [c.customer_id, c.class]))).toEqual(ref.classes);
					const summary = (await matrix(engine, params))!;
					expect(summary.basis).toBe(basis);
					expect(summary.not_staged).toBe(ref.notStaged);
					expect(summary.cells).toHaveLength(18);
					for (const cell of summary.cells) {
						const ids = [...ref.classes].filter(([, c]) => c === cell.class).map(([id]) => id);
						expect(cell.customers).toBe(ids.length);
						expect(cell.revenue).toBeCloseTo(
							ids.reduce((s, id) => s + ref.revenue.get(id)!, 0) / 100,
							6
						);
						expect(cell.strategy).toBe(STRATEGIES[cell.class]);
					}
				}
			),
			{ numRuns: 15 }
		);
	});

	it('suggests A/B/C for attribute values by average revenue, in thirds', async () => {
		const line = (customer_id: string, cents: number, invoice: string) => ({
			invoice_id: invoice,
			customer_id,
			ts: '2024-10-01 10:00:00',
			product_id: 'P1',
			cents,
			cost_cents: null,
			is_return: false,
			is_product: true
		});
		// Averages: Gold (300 + 500) / 2 = 400, Silver 350, Basic 100, VIP 900; c5 has no value.
		await loadLines(
			engine,
			[
				line('c1', 30_000, 'I1'),
				line('c2', 50_000, 'I2'),
				line('c3', 35_000, 'I3'),
				line('c4', 10_000, 'I4'),
				line('c5', 99_000, 'I5'),
				line('c6', 90_000, 'I6')
			],
			[
				{ customer_id: 'c1', membership: 'Gold' },
				{ customer_id: 'c2', membership: 'Gold' },
				{ customer_id: 'c3', membership: 'Silver' },
				{ customer_id: 'c4', membership: 'Basic' },
				{ customer_id: 'c5', membership: null },
				{ customer_id: 'c6', membership: 'VIP' }
			]
		);
		expect(await suggestRating(engine, 'membership', { snapshot: SNAPSHOT })).toEqual({
			VIP: 'A',
			Gold: 'A',
			Silver: 'B',
			Basic: 'C'
		});
	});
});
