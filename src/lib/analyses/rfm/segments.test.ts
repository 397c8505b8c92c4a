import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cellSegments,
	DEFAULT_SEGMENT_MAP,
	describeProblem,
	problemDescriber,
	SEGMENT_INFO,
	segmentNames,
	validateSegmentMap,
	type ScoreRange,
	type SegmentMap,
	type SegmentRule
} from './segments';

/** A random exact partition: split the grid into rectangles, guided by the given choices. */
function partition(choices: number[]): SegmentMap {
	let next = 0;
	const rules: SegmentMap = [];
	const take = () => choices[next++ % choices.length];
	const split = (r: ScoreRange, f: ScoreRange) => {
		const choice = take() % 3;
		const [alongR, range] = choice === 1 ? [true, r] : [false, f];
		if (choice === 0 || range[0] === range[1]) {
			rules.push({ segment: `S${rules.length}`, r, f });
			return;
		}
		const cut = range[0] + (take() % (range[1] - range[0]));
		if (alongR) {
			split([r[0], cut], f);
			split([cut + 1, r[1]], f);
		} else {
			split(r, [f[0], cut]);
			split(r, [cut + 1, f[1]]);
		}
	};
	split([1, 5], [1, 5]);
	return rules;
}

/** How often each cell is covered, counted cell by cell. */
function coverage(map: SegmentMap): number[][] {
	const grid = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
	for (const rule of map)
		for (let r = rule.r[0]; r <= rule.r[1]; r++)
			for (let f = rule.f[0]; f <= rule.f[1]; f++) grid[r - 1][f - 1]++;
	return grid;
}

const arbPartition = fc.array(fc.nat(), { minLength: 60, maxLength: 60 }).map(partition);

type Edit = { kind: 'grow' | 'shrink' | 'remove' | 'copy'; index: number; side: number };
const arbEdit = fc.record({
	kind: fc.constantFrom('grow' as const, 'shrink' as const, 'remove' as const, 'copy' as const),
	index: fc.nat(),
	side: fc.nat({ max: 3 })
});

/** Apply an edit; returns null when it would leave the 1–5 range or empty a rule. */
function edit(map: SegmentMap, { kind, index, side }: Edit): SegmentMap | null {
	const i = index % map.length;
	if (kind === 'remove') return map.filter((_, j) => j !== i);
	if (kind === 'copy') return [...map, { ...map[i], segment: 'Copy' }];
	const rule: SegmentRule = { ...map[i], r: [...map[i].r], f: [...map[i].f] };
	const range = side < 2 ? rule.r : rule.f;
	const end = side % 2;
	const outward = end === 0 ? -1 : 1;
	range[end] += kind === 'grow' ? outward : -outward;
	if (range[0] < 1 || range[1] > 5 || range[0] > range[1]) return null;
	return map.map((x, j) => (j === i ? rule : x));
}

describe('segment map', () => {
	it('the default map is an exact partition of the 5×5 grid into 10 segments', () => {
		expect(validateSegmentMap(DEFAULT_SEGMENT_MAP)).toEqual([]);
		expect(segmentNames(DEFAULT_SEGMENT_MAP)).toHaveLength(10);
		expect(cellSegments(DEFAULT_SEGMENT_MAP).find((c) => c.r === 5 && c.f === 5)?.segment).toBe(
			'Champions'
		);
		for (const name of segmentNames(DEFAULT_SEGMENT_MAP)) {
			const info = SEGMENT_INFO[name];
			expect([
				info.description.en,
				info.description.zh,
				info.action.en,
				info.action.zh
			]).not.toContain('');
		}
	});

	it('accepts every exact partition', () => {
		fc.assert(
			fc.property(arbPartition, (map) => {
				expect(validateSegmentMap(map)).toEqual([]);
				const cells = cellSegments(map);
				expect(cells).toHaveLength(25);
				for (const { r, f, segment } of cells) {
					const rule = map.find((x) => x.r[0] <= r && r <= x.r[1] && x.f[0] <= f && f <= x.f[1]);
					expect(segment).toBe(rule?.segment);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('reports exactly the cells an edit leaves uncovered or covered twice', () => {
		fc.assert(
			fc.property(arbPartition, arbEdit, (map, change) => {
				const edited = edit(map, change);
				fc.pre(edited !== null);
				const grid = coverage(edited!);
				const expected = grid.flatMap((row, r) =>
					row.flatMap((n, f) =>
						n === 1 ? [] : [{ r: r + 1, f: f + 1, kind: n ? 'overlap' : 'gap' }]
					)
				);
				const problems = validateSegmentMap(edited!);
				expect(problems.map((p) => ('r' in p ? { r: p.r, f: p.f, kind: p.kind } : p))).toEqual(
					expected
				);
				expect(problems.length).toBeGreaterThan(0);
				expect(() => cellSegments(edited!)).toThrow(/Invalid segment map/);
			}),
			{ numRuns: 300 }
		);
	});

	it('names malformed rules and explains each problem in a sentence', () => {
		const map: SegmentMap = [
			...DEFAULT_SEGMENT_MAP.slice(1),
			{ segment: ' ', r: [2, 1], f: [1, 2] }
		];
		const problems = validateSegmentMap(map);
		expect(problems.filter((p) => p.kind === 'rule').map(describeProblem)).toEqual([
			'rule 10 has no name',
			'rule 10 needs ranges within 1–5, low to high'
		]);
		expect(problems.map(describeProblem)).toContain('cell R1×F1 belongs to no segment');
		const overlap = validateSegmentMap([
			...DEFAULT_SEGMENT_MAP,
			{ segment: 'VIP', r: [5, 5], f: [5, 5] }
		]);
		expect(overlap.map(describeProblem)).toEqual(['cell R5×F5 is in Champions and VIP']);
		expect(overlap.map(problemDescriber('zh', (s) => SEGMENT_INFO[s]?.name.zh ?? s))).toEqual([
			'格子 R5×F5 同时属于冠军客户和VIP'
		]);
		expect(problems.filter((p) => p.kind === 'rule').map(problemDescriber('zh'))).toEqual([
			'第 10 条规则没有名称',
			'第 10 条规则的评分范围须在 1–5 之间、由低到高'
		]);
	});
});
