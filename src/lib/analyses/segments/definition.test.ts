import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentWhereSql } from './compile';
import { describeSegment } from './describe';
import { decodeSegment, encodeSegment, parseSegment, SegmentFormatError } from './parse';
import { SEED_SEGMENT } from './seed';
import seedJson from './seed.json';
import { segmentCountsSql } from './segment';
import { arbTree, definition } from '$tests/helpers/segments-data';

const anyText = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\0'));

describe('segment definitions', () => {
	it('reads the seed example from its JSON file and says it in words', () => {
		expect(parseSegment(seedJson)).toEqual(SEED_SEGMENT);
		expect(describeSegment(SEED_SEGMENT)).toBe(
			'Branch is “Shanghai” and owner rep is “Li Na” and bought both “Water Purifier” and ' +
				'“Propolis” in the last 3 months and attended no campaign in the last 6 months'
		);
	});

	it('round-trips any tree through its JSON text', () => {
		fc.assert(
			fc.property(arbTree(anyText), (root) => {
				const def = definition(root);
				expect(decodeSegment(encodeSegment(def))).toEqual(def);
			})
		);
	});

	it('names the bad field of a malformed definition', () => {
		const bad = (value: unknown) => () => parseSegment(value);
		expect(bad(null)).toThrow(SegmentFormatError);
		expect(bad({ root: { kind: 'attribute' } })).toThrow(/root\.op|root must be a group/);
		expect(bad({ root: { kind: 'group', op: 'xor', children: [] } })).toThrow('root.op');
		expect(
			bad({
				root: {
					kind: 'group',
					op: 'and',
					children: [{ kind: 'no_purchase', within: { n: 1.5, unit: 'day' } }]
				}
			})
		).toThrow('root.children[0].within.n');
		expect(bad({ as_of: '2025-02-30', root: { kind: 'group', op: 'and', children: [] } })).toThrow(
			'as_of'
		);
		expect(decodeSegment('{"root": 1')).toBeNull();
	});

	it('pins the SQL of the seed example', () => {
		expect(segmentWhereSql(SEED_SEGMENT)).toMatchSnapshot();
		expect(segmentCountsSql(SEED_SEGMENT, '2025-01-01')).toMatchSnapshot();
	});
});
