import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceSegment } from '$tests/reference/segments';
import {
	addAttributeColumns,
	arbTree,
	arbWorld,
	daysBefore,
	HOSTILE,
	loadWorld,
	tableState,
	type World
} from '$tests/helpers/segments-data';
import type { SegmentDefinition } from '../analyses/segments/types';
import { ENGINES } from '$tests/helpers/pareto-data';
import type { Engine } from './engine';
import { compileFilters, type Filters } from '../analyses/drill/filters';
import { applyFilters, filterViewsSql, NO_FILTERS, VIEW } from './views';

/** The day after the last transaction of the world, as the views' default as-of date. */
const defaultAsOf = (world: World) => {
	const last = world.lines
		.map((l) => l.ts.slice(0, 10))
		.sort()
		.at(-1);
	return last ? daysBefore(last, -1) : null;
};

const ids = async (engine: Engine, sql: string) =>
	(await engine.query(sql)).rows<{ id: string | null }>().map((r) => r.id);

describe.each(ENGINES)('a segment as the global filter on %s', (_kind, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());

	it('keeps exactly the segment’s customers in all three views', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbWorld,
				arbTree(fc.constantFrom(...HOSTILE)),
				fc.boolean(),
				fc.option(fc.constantFrom('Shanghai', '上海', "O'Brien")),
				async (world, root, pinned, branch) => {
					const asOf = pinned ? world.asOf : defaultAsOf(world);
					// Without transactions and a pinned date there is no as-of day for the reference to
					// evaluate relative conditions against; that case has its own test below.
					fc.pre(asOf !== null);
					await loadWorld(engine, world);
					const before = await tableState(engine);
					const segment: SegmentDefinition = {
						version: 1,
						name: 'test',
						...(pinned ? { as_of: world.asOf } : {}),
						root
					};
					const filters: Filters = {
						attributes: branch ? [{ table: 'customers', column: 'branch', values: [branch] }] : [],
						segment
					};
					await applyFilters(engine, compileFilters(filters));
					const inSegment = new Set(referenceSegment({ ...world, asOf: asOf! }, root));
					const expected = world.customers
						.filter((c) => inSegment.has(c.customer_id) && (!branch || c.branch === branch))
						.map((c) => c.customer_id)
						.sort();
					expect(
						await ids(engine, `SELECT customer_id AS id FROM ${VIEW.customers} ORDER BY id`)
					).toEqual(expected);
					const kept = new Set(expected);
					expect(
						(await ids(engine, `SELECT customer_id AS id FROM ${VIEW.transactions}`)).length
					).toBe(
						world.lines.filter((l) => l.customer_id !== null && kept.has(l.customer_id)).length
					);
					expect(
						(await ids(engine, `SELECT customer_id AS id FROM ${VIEW.activities}`)).length
					).toBe(world.activities.filter((a) => kept.has(a.customer_id)).length);
					await applyFilters(engine, NO_FILTERS);
					expect(
						(await ids(engine, `SELECT customer_id AS id FROM ${VIEW.customers}`)).length
					).toBe(world.customers.length);
					expect(await tableState(engine)).toBe(before);
				}
			),
			{ numRuns: 25 }
		);
	});

	it('filters by attributes when only a customers file is loaded (no as-of day)', async () => {
		await engine.exec('DELETE FROM transactions; DELETE FROM customers; DELETE FROM activities');
		await engine.exec(
			"INSERT INTO customers (customer_id, branch) VALUES ('c1', 'Shanghai'), ('c2', 'Beijing')"
		);
		const segment: SegmentDefinition = {
			version: 1,
			name: 'test',
			root: {
				kind: 'group',
				op: 'and',
				children: [{ kind: 'attribute', column: 'branch', op: 'equals', values: ['Shanghai'] }]
			}
		};
		await applyFilters(engine, compileFilters({ attributes: [], segment }));
		expect(await ids(engine, `SELECT customer_id AS id FROM ${VIEW.customers}`)).toEqual(['c1']);
		await applyFilters(engine, NO_FILTERS);
	});
});

describe('filterViewsSql with a segment', () => {
	it('adds the segment to the customers view only, and leaves the rest as before', () => {
		const segment: SegmentDefinition = {
			version: 1,
			name: 's',
			as_of: '2025-01-01',
			root: {
				kind: 'group',
				op: 'and',
				children: [{ kind: 'attribute', column: 'branch', op: 'equals', values: ["'; DROP"] }]
			}
		};
		const [customers, transactions, activities] = filterViewsSql(
			compileFilters({ attributes: [], segment })
		);
		expect(customers).toContain(`CAST("customers"."branch" AS VARCHAR) = '''; DROP'`);
		expect(transactions).toContain(`customer_id IN (SELECT customer_id FROM ${VIEW.customers})`);
		expect(activities).toContain(`customer_id IN (SELECT customer_id FROM ${VIEW.customers})`);
		expect(filterViewsSql({ attributes: [] })).toEqual(filterViewsSql(NO_FILTERS));
		expect(filterViewsSql(NO_FILTERS)[0]).toBe(
			`CREATE OR REPLACE TEMP VIEW ${VIEW.customers} AS SELECT * FROM customers`
		);
	});
});
