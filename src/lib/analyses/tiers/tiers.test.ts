import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { arbLines, ENGINES, loadLines, refFacts, SNAPSHOT } from '$tests/helpers/pareto-data';
import type { ReturnsMode } from '../value/customer-facts';
import { DEFAULT_TIERS, tierCuts, tiers, tiersSql, type TierSpec } from './tiers';

/** The reference: rank = 1 + customers with strictly more spend; first tier with r ≤ share × n. */
function refTiers(cents: number[], specs: readonly TierSpec[]) {
	const n = cents.length;
	const total = cents.reduce((s, c) => s + c, 0);
	const bounds: number[] = [];
	let cumulative = 0;
	specs.forEach((t, i) => {
		cumulative += Math.round(t.share * 10_000);
		bounds.push(i === specs.length - 1 ? 10_000 : cumulative);
	});
	const members = specs.map(() => [] as number[]);
	for (const c of cents) {
		const r = 1 + cents.filter((o) => o > c).length;
		members[bounds.findIndex((b) => r * 10_000 <= b * n)].push(c);
	}
	return specs.map((t, i) => ({
		tier: t.name,
		customers: members[i].length,
		revenue: members[i].reduce((s, c) => s + c, 0) / 100,
		min_spend: members[i].length ? Math.min(...members[i]) / 100 : null,
		revenue_share: total > 0 ? members[i].reduce((s, c) => s + c, 0) / total : null
	}));
}

const arbSpecs: fc.Arbitrary<TierSpec[]> = fc
	.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 5 })
	.map((shares) => shares.map((s, i) => ({ name: `T${i} "x'`, share: s / 100 })));

describe.each(ENGINES)('tiers on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('every generated statement passes EXPLAIN', async () => {
		for (const p of [{}, { tiers: [{ name: 'All', share: 1 }], returns: 'exclude' as const }]) {
			const { sql, params } = tiersSql(p);
			await expect(engine.query(`EXPLAIN ${sql}`, params)).resolves.toBeDefined();
		}
	});

	it('matches the reference on generated data', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbLines,
				fc.constantFrom<ReturnsMode>('net', 'exclude'),
				fc.oneof(fc.constant(DEFAULT_TIERS), arbSpecs),
				async (lines, returns, specs) => {
					await loadLines(engine, lines);
					const ref = refTiers(
						refFacts(lines, returns).map((f) => f.cents),
						specs
					);
					const got = await tiers(engine, { snapshot: SNAPSHOT, returns, tiers: specs });
					expect(got.map(({ customer_share: _c, revenue_share: _r, ...t }) => t)).toEqual(
						ref.map(({ revenue_share: _r, ...t }) => t)
					);
					got.forEach((t, i) => {
						if (ref[i].revenue_share === null) expect(t.revenue_share).toBeNull();
						else expect(t.revenue_share).toBeCloseTo(ref[i].revenue_share!, 9);
					});
				}
			),
			{ numRuns: 25 }
		);
	});
});

describe('tier cuts', () => {
	it('are cumulative basis points ending at 100%', () => {
		expect(tierCuts(DEFAULT_TIERS)).toEqual([100, 500, 1500, 3500, 10_000]);
	});

	it('reject shares above 100% in total', () => {
		expect(() =>
			tierCuts([
				{ name: 'a', share: 0.7 },
				{ name: 'b', share: 0.4 },
				{ name: 'c', share: 0 }
			])
		).toThrow(/more than 100%/);
	});
});
