import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { bothEnds } from '../overview/both-ends';
import { ENGINES } from '$tests/helpers/pareto-data';
import { daysBefore } from '../segments/dates';
import { referenceSegment } from '$tests/reference/segments';
import { addAttributeColumns, arbWorld, loadWorld, type World } from '$tests/helpers/segments-data';
import { actionCustomers, actionListQuery, actionStatuses, actionSummaries } from './actions';
import { ACTION_KEYS, actionSegment, type ActionKey } from './lists';
import { replenishmentDue } from './replenishment';

/** The lists that are segments, checked against the segment reference. */
const SEGMENT_LISTS: ActionKey[] = [
	'birthdays',
	'new_this_week',
	'bought_this_week',
	'not_contacted'
];

/** Some visits become owner changes (in mixed case) so the owner-change list has something to find. */
const withOwnerChanges = (world: World): World => ({
	...world,
	activities: world.activities.map((a, i) =>
		a.type === 'visit' ? { ...a, type: i % 2 ? 'owner_change' : 'Owner_Change' } : a
	)
});

describe.each(ENGINES)('action lists on %s', (kind, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());

	it('lists exactly the customers each definition selects', async () => {
		await fc.assert(
			fc.asyncProperty(arbWorld.map(withOwnerChanges), async (world) => {
				await loadWorld(engine, world);
				const { asOf } = world;
				for (const key of SEGMENT_LISTS) {
					const listed = (await actionCustomers(engine, key, asOf)).map((c) => c.customer_id);
					expect({ key, ids: listed.sort() }).toEqual({
						key,
						ids: referenceSegment(world, actionSegment(key, asOf)!)
					});
				}
				const weekAgo = daysBefore(asOf, 7);
				const changed = world.customers
					.filter((c) =>
						world.activities.some(
							(a) =>
								a.customer_id === c.customer_id &&
								a.type.toLowerCase() === 'owner_change' &&
								a.ts.slice(0, 10) >= weekAgo &&
								a.ts.slice(0, 10) < asOf
						)
					)
					.map((c) => c.customer_id)
					.sort();
				const owners = await actionCustomers(engine, 'owner_changed', asOf);
				expect(owners.map((c) => c.customer_id).sort()).toEqual(changed);
				expect(owners.every((c) => c.date !== null && c.date >= weekAgo && c.date < asOf)).toBe(
					true
				);
				const atRisk = await actionCustomers(engine, 'at_risk', asOf);
				const ends = await bothEnds(engine, { snapshot: asOf, limit: 1000 });
				expect(atRisk.map((c) => c.customer_id)).toEqual(ends.atRisk.map((c) => c.customer_id));
				const due = await replenishmentDue(engine, asOf);
				const summaries = await actionSummaries(engine, asOf, due);
				for (const s of summaries.filter((s) => s.status === 'ready')) {
					const rows = await actionCustomers(engine, s.key, asOf, due);
					expect({ key: s.key, count: s.count }).toEqual({ key: s.key, count: rows.length });
				}
			}),
			{ numRuns: kind === 'native' ? 15 : 4 }
		);
	});

	it('puts this year’s birthday and the age turned on the birthday list', async () => {
		const world: World = {
			asOf: '2025-02-10',
			customers: [
				{
					customer_id: 'b1',
					branch: null,
					owner_rep: null,
					birthday: '1960-02-29',
					signup_date: null,
					churned: null,
					note: null,
					score: null
				},
				{
					customer_id: 'b2',
					branch: null,
					owner_rep: null,
					birthday: '1990-02-01',
					signup_date: null,
					churned: null,
					note: null,
					score: null
				},
				{
					customer_id: 'b3',
					branch: null,
					owner_rep: null,
					birthday: '1990-03-01',
					signup_date: null,
					churned: null,
					note: null,
					score: null
				}
			],
			lines: [],
			activities: []
		};
		await loadWorld(engine, world);
		const rows = await actionCustomers(engine, 'birthdays', world.asOf);
		expect(rows.map((r) => [r.customer_id, r.date, r.detail])).toEqual([
			['b2', '2025-02-01', 35],
			['b1', '2025-02-28', 65]
		]);
	});

	it('says which lists the data cannot support', async () => {
		await engine.exec('DELETE FROM transactions; DELETE FROM customers; DELETE FROM activities');
		const statuses = await actionStatuses(engine);
		expect(ACTION_KEYS.map((k) => statuses[k])).toEqual([
			'unavailable',
			'unavailable',
			'unavailable',
			'unavailable',
			'unavailable',
			'unavailable',
			'unavailable'
		]);
		expect(await actionCustomers(engine, 'replenishment', '2025-01-01')).toEqual([]);
		expect(actionListQuery('replenishment', '2025-01-01')?.sql).toContain('WHERE FALSE');
	});
});
