/**
 * Test-only: every analysis module, run with a hostile column name and value wherever it takes
 * one, checking the value comes back verbatim. Used by ingest.property.test.ts.
 */
import { expect } from 'vitest';
import { actionCustomers, actionSummaries } from '../../analyses/actions/actions';
import { ACTION_KEYS } from '../../analyses/actions/lists';
import { replenishmentDue } from '../../analyses/actions/replenishment';
import { basketAnalysis } from '../../analyses/basket/analysis';
import { churnReasons } from '../../analyses/churn/reasons';
import { churnTotals, sliceChurn } from '../../analyses/churn/slice';
import { fitClv } from '../../analyses/clv/clv';
import { cohorts } from '../../analyses/cohorts/cohorts';
import { customerList } from '../../analyses/drill/customers';
import { drillSql } from '../../analyses/drill/sql';
import type { Drill } from '../../analyses/drill/types';
import { bothEnds } from '../../analyses/overview/both-ends';
import { kpis } from '../../analyses/overview/kpis';
import { monthly } from '../../analyses/overview/monthly';
import { abc, abcCustomers } from '../../analyses/pareto/abc';
import { pareto } from '../../analyses/pareto/pareto';
import { profitCurve, profitItems } from '../../analyses/pareto/profit';
import { profile } from '../../analyses/profile/profile';
import { replenishment } from '../../analyses/sequences/replenishment';
import { sequences } from '../../analyses/sequences/sequences';
import { migration } from '../../analyses/rfm/migration';
import { rfm, rfmCustomers } from '../../analyses/rfm/rfm';
import { segmentChoices } from '../../analyses/segments/choices';
import { segmentCounts, segmentCustomers } from '../../analyses/segments/segment';
import type { SegmentDefinition } from '../../analyses/segments/types';
import { consoleTables } from '../../analyses/sql-console/catalog';
import { runReadOnly } from '../../analyses/sql-console/run';
import { matrix, matrixCustomers } from '../../analyses/tiers/matrix';
import { ratingAttributes } from '../../analyses/tiers/rating';
import { tiers } from '../../analyses/tiers/tiers';
import type { Engine } from '../engine';
import { ident, literal } from '../sql';
import { attributeValues, filterableColumns } from '../views';

/** Analysis folders `analyses` runs; a new folder needs a line there and here. */
export const COVERED = [
	'actions',
	'basket',
	'churn',
	'clv',
	'cohorts',
	'drill',
	'overview',
	'pareto',
	'profile',
	'rfm',
	'segments',
	'sequences',
	'sql-console',
	'tiers',
	'value'
];

/** Every analysis that exists, with its default parameters and with hostile inputs where it takes any. */
export async function analyses(engine: Engine, column: string, value: string) {
	await profile(engine);
	await kpis(engine);
	await monthly(engine);
	await bothEnds(engine);
	const scored = await rfm(engine, {
		segments: [{ segment: value, r: [1, 5], f: [1, 5] }]
	});
	expect(scored.segments.map((s) => s.segment)).toEqual([value]);
	await rfmCustomers(engine, {}, { segment: value, limit: 5 });
	await migration(engine, {});
	await pareto(engine);
	await abc(engine);
	await abcCustomers(engine);
	await profitCurve(engine, 'customers');
	await profitCurve(engine, 'products');
	await profitItems(engine, 'products', 'makers');
	await tiers(engine);
	await matrix(engine);
	await matrix(engine, { attribute: { column, classes: { [value]: 'A', plain: 'B' } } });
	await matrixCustomers(engine, { attribute: { column, classes: { [value]: 'A' } } });
	await ratingAttributes(engine);
	await filterableColumns(engine);
	await cohorts(engine);
	for (const definition of [
		{ kind: 'flag', column } as const,
		{ kind: 'inactive', days: 60 } as const
	]) {
		const params = { definition, reasonColumn: column };
		const totals = await churnTotals(engine, params);
		await churnReasons(engine, params);
		await sliceChurn(engine, params, [{ kind: 'column', column }], totals.rate);
	}
	await basketAnalysis(engine, {
		segment: { by: { kind: 'attribute', column }, value },
		minSupport: 0.01
	});
	await basketAnalysis(engine, { minSupport: 0.01 });
	await sequences(engine, { minCustomers: 1 });
	await replenishment(engine, { antecedent: value, consequent: value, minCustomers: 1 });
	const asOf = '2025-01-01';
	const drills: Drill[] = [
		{ kind: 'product', item: value, name: value },
		{ kind: 'category', item: value },
		{ kind: 'tier', tier: value, tiers: [{ name: value, share: 1 }] },
		{
			kind: 'rfm_segment',
			segment: value,
			rfm: { snapshot: asOf, segments: [{ segment: value, r: [1, 5], f: [1, 5] }] }
		},
		{
			kind: 'churn_reason',
			reason: value,
			churn: { definition: { kind: 'flag', column }, reasonColumn: column }
		},
		{
			kind: 'class',
			cls: 'A1',
			basis: 'attribute',
			matrix: { snapshot: asOf, attribute: { column, classes: { [value]: 'A' } } }
		}
	];
	for (const drill of drills) {
		const { sql, params } = drillSql(drill);
		const found = (await engine.query(sql, params)).rows<{ customer_id: string }>();
		if (drill.kind === 'product' || drill.kind === 'rfm_segment')
			expect(found.map((r) => r.customer_id)).toContain(value);
	}
	const listed = await customerList(engine, { attributes: [column], buyersOnly: false });
	expect(listed.find((c) => c.customer_id === value)?.[column]).toBe(value);
	await actionSummaries(engine, asOf, await replenishmentDue(engine, asOf));
	for (const key of ACTION_KEYS) await actionCustomers(engine, key, asOf);
	await fitClv(engine);
	const choices = await segmentChoices(engine);
	expect(choices.columns.map((c) => c.name)).toContain(column);
	expect(choices.products).toContain(value);
	const definition: SegmentDefinition = {
		version: 1,
		name: value,
		root: {
			kind: 'group',
			op: 'and',
			children: [
				{ kind: 'attribute', column, op: 'equals', values: [value] },
				{ kind: 'attribute', column, op: 'contains', values: [value] },
				{ kind: 'bought', field: 'product_name', values: [value], match: 'any', within: null }
			]
		}
	};
	expect((await segmentCounts(engine, definition))?.matched).toBe(1);
	const segment = await segmentCustomers(engine, definition);
	expect(segment.customers.map((c) => c.customer_id)).toEqual([value]);
	expect((await consoleTables(engine)).flatMap((t) => t.columns.map((c) => c.name))).toContain(
		column
	);
	const consoled = await runReadOnly(
		engine,
		`SELECT ${ident(column)} FROM customers WHERE ${ident(column)} = ${literal(value)}`
	);
	expect(consoled.rows.map((r) => r[column])).toEqual([value]);
	return attributeValues(engine, 'customers', column);
}
