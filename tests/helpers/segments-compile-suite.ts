/** Test-only suite: see compile.native.test.ts and compile.wasm.test.ts. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/engine/engine';
import { ENGINES } from './pareto-data';
import { asOfSql, nodeSql } from '$lib/analyses/segments/compile';
import { holds, referenceSegment } from '../reference/segments';
import { SEED_SEGMENT } from '$lib/analyses/segments/seed';
import { segmentCounts, segmentCustomers } from '$lib/analyses/segments/segment';
import type { SegmentNode } from '$lib/analyses/segments/types';
import {
	addAttributeColumns,
	arbTree,
	arbWorld,
	definition,
	HOSTILE,
	loadWorld,
	tableState
} from './segments-data';

const anyText = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\0'));

/** The compiler against the reference on one engine; each engine has its own file to stay under 30 s. */
export function compileSuite(
	kind: 'native' | 'wasm-node',
	runs: { nodes: number; lists: number; binds: number }
) {
	const open = ENGINES.find(([name]) => name === kind)![1];
	describe(`segments on ${kind}`, () => {
		let engine: Engine;
		beforeAll(async () => {
			engine = await open();
			await addAttributeColumns(engine);
		});
		afterAll(() => engine.close());

		it('gives every node of a tree the truth value of the plain-TypeScript reference', async () => {
			await fc.assert(
				fc.asyncProperty(arbWorld, arbTree(fc.constantFrom(...HOSTILE)), async (world, root) => {
					await loadWorld(engine, world);
					const nodes = subtrees(root);
					const ctx = { asOf: asOfSql(world.asOf), customer: 'c' };
					const flags = (
						await engine.query(`SELECT c.customer_id AS id,
	${nodes.map((n, i) => `${nodeSql(n, ctx, 1)} AS n${i}`).join(',\n\t')}
FROM v_customers c
ORDER BY id`)
					).rows<Record<string, unknown>>();
					for (const row of flags) {
						const customer = world.customers.find((c) => c.customer_id === row.id)!;
						const got = nodes.map((_, i) => row[`n${i}`]);
						expect(got).toEqual(nodes.map((n) => holds(n, customer, world)));
					}
				}),
				{ numRuns: runs.nodes }
			);
		});

		it('lists and counts the customers the reference selects', async () => {
			await fc.assert(
				fc.asyncProperty(arbWorld, arbTree(fc.constantFrom(...HOSTILE)), async (world, root) => {
					await loadWorld(engine, world);
					const def = definition(root);
					const { customers } = await segmentCustomers(engine, def, { asOf: world.asOf });
					const expected = referenceSegment(world, root);
					expect(customers.map((c) => c.customer_id).sort()).toEqual(expected);
					const counts = await segmentCounts(engine, def, world.asOf);
					expect(counts?.matched).toBe(expected.length);
					expect(counts?.total).toBe(world.customers.length);
					// Each AND step is the segment of the conditions so far; each OR/NOT step one child alone.
					root.children.forEach((_, i) => {
						const upTo =
							root.op === 'and'
								? { ...root, children: root.children.slice(0, i + 1) }
								: { ...root, op: 'and' as const, children: [root.children[i]] };
						expect(counts?.steps[i]).toBe(referenceSegment(world, upTo).length);
					});
				}),
				{ numRuns: runs.lists }
			);
		});

		it('compiles any text to SQL that binds and changes no table', async () => {
			await fc.assert(
				fc.asyncProperty(arbWorld, arbTree(anyText), async (world, root) => {
					await loadWorld(engine, world);
					const before = await tableState(engine);
					await segmentCounts(engine, definition(root), world.asOf);
					const { customers } = await segmentCustomers(engine, definition(root));
					expect(customers.length).toBeLessThanOrEqual(world.customers.length);
					expect(await tableState(engine)).toBe(before);
				}),
				{ numRuns: runs.binds }
			);
		});

		it('treats a segment as empty when nothing is loaded', async () => {
			await engine.exec('DELETE FROM transactions; DELETE FROM customers; DELETE FROM activities');
			expect(await segmentCounts(engine, SEED_SEGMENT)).toEqual({
				as_of: null,
				total: 0,
				matched: 0,
				steps: [0, 0, 0, 0]
			});
			expect(await segmentCounts(engine, SEED_SEGMENT, '2025-01-01')).toMatchObject({
				total: 0,
				matched: 0
			});
		});
	});
}

function subtrees(node: SegmentNode): SegmentNode[] {
	return node.kind === 'group' ? [node, ...node.children.flatMap(subtrees)] : [node];
}
