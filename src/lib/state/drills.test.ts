import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Drill } from '../analyses/drill/types';
import { DEFAULT_CUTS } from '../analyses/rfm/cuts';
import { DEFAULT_SEGMENT_MAP } from '../analyses/rfm/segments';
import { formatDrill, parseDrill, shownDrills, withDrill } from './drills';
import { filtersFromUrl, filtersKey, urlWithDrill, urlWithFilters } from './filters';
import { hostileText } from './url-params.test';

/** Hostile text a drill can carry as a value: anything but NUL (refused) and the empty string. */
const value = hostileText.filter((t) => t !== '' && !t.includes('\0'));
const snapshot = fc.constantFrom('2024-12-31', '2025-01-01');

/** Every kind of drill, in the normal form `parseDrill` returns. */
const arbDrill: fc.Arbitrary<Drill> = fc.oneof(
	fc.record({
		kind: fc.constant('rfm_cell' as const),
		r: fc.integer({ min: 1, max: 5 }),
		f: fc.integer({ min: 1, max: 5 }),
		rfm: fc.oneof(
			fc.record({
				snapshot,
				returns: fc.constantFrom('net' as const, 'exclude' as const),
				scoring: fc.constant('quintiles' as const)
			}),
			fc.record({
				snapshot,
				returns: fc.constant('net' as const),
				scoring: fc.constant('thresholds' as const),
				cuts: fc.constant({
					...DEFAULT_CUTS,
					recency: [7, 30, 30, 400] as [number, number, number, number]
				})
			})
		)
	}),
	fc.record({
		kind: fc.constant('rfm_segment' as const),
		segment: value,
		rfm: fc.record({
			snapshot,
			returns: fc.constant('net' as const),
			scoring: fc.constant('quintiles' as const),
			segments: value.map((name) => [
				{ segment: name, r: [1, 5] as [number, number], f: [1, 5] as [number, number] },
				...DEFAULT_SEGMENT_MAP.slice(1)
			])
		})
	}),
	fc.record({
		kind: fc.constant('tier' as const),
		tier: value,
		tiers: fc.array(
			fc.record({ name: value, share: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000) }),
			{ minLength: 1, maxLength: 4 }
		)
	}),
	fc.record({
		kind: fc.constant('class' as const),
		cls: fc.constantFrom('A1' as const, 'B6' as const, 'C3' as const),
		basis: fc.constantFrom('profit' as const, 'aov' as const, 'attribute' as const),
		matrix: fc.oneof(
			fc.record({
				snapshot,
				months: fc.integer({ min: 1, max: 24 }),
				growth: fc.constant(0.5),
				decline: fc.constant(-0.3)
			}),
			fc.record({
				snapshot,
				months: fc.constant(6),
				growth: fc.integer({ min: 0, max: 300 }).map((n) => n / 100),
				decline: fc.integer({ min: 0, max: 100 }).map((n) => -n / 100),
				attribute: fc.record({
					column: value,
					classes: fc.dictionary(value, fc.constantFrom('A' as const, 'B' as const))
				})
			})
		)
	}),
	fc.record({
		kind: fc.constant('churn_reason' as const),
		reason: value,
		churn: fc.oneof(
			fc.record({ snapshot, definition: fc.constant({ kind: 'flag' as const }) }),
			fc.record({
				snapshot,
				definition: fc.record({ kind: fc.constant('flag' as const), column: value }),
				reasonColumn: value
			}),
			fc.record({
				snapshot,
				definition: fc.record({
					kind: fc.constant('inactive' as const),
					days: fc.integer({ min: 1, max: 2000 })
				})
			})
		)
	}),
	fc.record({
		kind: fc.constant('product' as const),
		item: value,
		name: fc.oneof(fc.constant(''), value)
	}),
	fc.record({ kind: fc.constant('category' as const), item: value }),
	fc.record(
		{
			kind: fc.constant('cohort' as const),
			cohort: fc.constantFrom('2023-01', '2024-12'),
			month: fc.integer({ min: 0, max: 36 })
		},
		{ requiredKeys: ['kind', 'cohort'] }
	)
);

describe('drills in the URL', () => {
	it('round-trip every kind, hostile values included', () => {
		fc.assert(
			fc.property(arbDrill, (drill) => {
				const url = new URL('http://x/churn/');
				url.searchParams.append('d', formatDrill(drill));
				expect(parseDrill(new URL(url.href).searchParams.get('d')!)).toEqual(drill);
			}),
			{ numRuns: 500 }
		);
	});

	it('round-trip in order beside the other filters, and a repeated click adds nothing', () => {
		fc.assert(
			fc.property(fc.array(arbDrill, { minLength: 1, maxLength: 4 }), (drills) => {
				const base = urlWithFilters(new URL('http://x/pareto/?band=80'), {
					from: '2024-01-01',
					attributes: [{ table: 'customers', column: 'branch', values: ['a|b', '上海'] }],
					drills
				});
				const back = filtersFromUrl(new URL(base.href));
				expect(back.drills).toEqual(drills);
				expect(base.searchParams.get('band')).toBe('80');
				const again = urlWithDrill(base, drills.at(-1)!);
				expect(filtersKey(filtersFromUrl(again))).toBe(filtersKey(back));
				const list = urlWithDrill(base, { kind: 'category', item: 'Z' }, '/customers/');
				expect(list.pathname).toBe('/customers/');
				expect(list.searchParams.has('band')).toBe(false);
				expect(filtersFromUrl(list).drills).toHaveLength(drills.length + 1);
			})
		);
	});

	it('on the page a kind of drill comes from, shows the data before it and replaces it', () => {
		const cell = (r: number): Drill => ({
			kind: 'rfm_cell',
			r,
			f: 1,
			rfm: { snapshot: '2025-01-01', returns: 'net', scoring: 'quintiles' }
		});
		const gold: Drill = { kind: 'tier', tier: 'Gold', tiers: [{ name: 'Gold', share: 1 }] };
		const price: Drill = {
			kind: 'churn_reason',
			reason: 'Price',
			churn: { definition: { kind: 'flag' } }
		};
		const drills = [gold, cell(5), price];
		expect(shownDrills(drills, '/rfm/')).toBe(1);
		expect(shownDrills(drills, '/churn/')).toBe(2);
		expect(shownDrills(drills, '/customers/')).toBe(3);
		expect(shownDrills(drills, '/churn/when/')).toBe(3);
		// Picked again on the RFM page: over the same data as the first, so it takes its place.
		expect(withDrill(drills, cell(3), '/rfm/')).toEqual([gold, cell(3), price]);
		// Picked elsewhere: added last, computed within everything before it.
		expect(withDrill(drills, cell(3), '/')).toEqual([...drills, cell(3)]);
		expect(withDrill([gold], gold, '/')).toEqual([gold]);
	});

	it('drops malformed drills and keeps the rest', () => {
		const url = new URL('http://x/');
		for (const d of [
			'nonsense',
			'rfm_cell:R9F1?snapshot=2025-01-01',
			'rfm_cell:R5F4',
			'class:A6?snapshot=2025-01-01&months=99',
			'cohort:2024-3',
			'product:%E0',
			'toString:x',
			'tier:Gold',
			'churn_reason:Price?churn=inactive&snapshot=2025-01-01'
		])
			url.searchParams.append('d', d);
		// An out-of-range month reads as the default; a missing snapshot or days makes it invalid.
		expect(filtersFromUrl(url).drills).toEqual([
			{
				kind: 'class',
				cls: 'A6',
				basis: 'aov',
				matrix: { snapshot: '2025-01-01', months: 6, growth: 0.5, decline: -0.3 }
			},
			{
				kind: 'tier',
				tier: 'Gold',
				tiers: [
					{ name: 'Black', share: 0.01 },
					{ name: 'Platinum', share: 0.04 },
					{ name: 'Gold', share: 0.1 },
					{ name: 'Silver', share: 0.2 },
					{ name: 'Standard', share: 0.65 }
				]
			}
		]);
	});
});
