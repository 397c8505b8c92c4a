import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATRIX_PARAMS, RFM_PARAMS, TIER_PARAMS } from './params';
import { day, list, number, paramSet, record, text, tuple, oneOf, boolean } from './url-params';

/** Text that breaks naive encodings: separators, quotes, escapes, NUL, unicode. */
export const hostileText = fc.oneof(
	fc.string(),
	fc.constantFrom(
		'a|b',
		'k:v',
		'x,y',
		'p;q',
		'50%',
		'%41',
		"O'Neil",
		'"q"',
		'\0',
		'上海',
		'🙂',
		'?a=b&c'
	)
);

/** A value through the URL and back: what a shared link does. */
function roundTrip<T>(set: ReturnType<typeof paramSet<T>>, value: T): T {
	const url = new URL('http://x/page/?keep=1');
	set.write(url.searchParams, value);
	return set.read(new URL(url.href).searchParams);
}

describe('codecs', () => {
	it('round-trip hostile text inside lists, tuples and records', () => {
		const nested = list(tuple<[string, number]>([text, number()]), '|');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(hostileText, fc.double({ noNaN: true, noDefaultInfinity: true })), {
					minLength: 1
				}),
				(items) => {
					const clean = items.map(([t, n]): [string, number] => [t, Object.is(n, -0) ? 0 : n]);
					expect(nested.parse(nested.format(clean))).toEqual(clean);
				}
			)
		);
		const grades = record(oneOf('A', 'B', 'C'));
		fc.assert(
			fc.property(fc.dictionary(hostileText, fc.constantFrom('A' as const, 'B' as const)), (r) => {
				expect(grades.parse(grades.format(r))).toEqual(r);
			})
		);
	});

	it('read malformed text as undefined, never throw', () => {
		expect(day.parse('2024-02-30')).toBeUndefined();
		expect(day.parse('2024-02-29')).toBe('2024-02-29');
		expect(number(1, 24, true).parse('6.5')).toBeUndefined();
		expect(number().parse('')).toBeUndefined();
		expect(number().parse('Infinity')).toBeUndefined();
		expect(boolean.parse('yes')).toBeUndefined();
		expect(list(number()).parse('1,%E0,2')).toBeUndefined();
		expect(tuple<[string, string]>([text, text]).parse('only-one')).toBeUndefined();
	});
});

describe('parameter sets', () => {
	const set = paramSet<{ name: string; size: number; on: boolean; when: string | undefined }>({
		name: { key: 'name', codec: text, default: 'all' },
		size: { key: 'size', codec: number(0, 100), default: 10 },
		on: { key: 'on', codec: boolean, default: false },
		when: { key: 'when', codec: day, default: undefined }
	});

	it('round-trip any value and leave defaults out of the URL', () => {
		fc.assert(
			fc.property(
				hostileText,
				fc.integer({ min: 0, max: 100 }),
				fc.boolean(),
				fc.option(fc.constantFrom('2024-01-31', '2025-01-01'), { nil: undefined }),
				(name, size, on, when) => {
					const value = { name, size, on, when };
					expect(roundTrip(set, value)).toEqual(value);
				}
			)
		);
		expect(set.encode({ name: 'all', size: 10, on: false, when: undefined })).toBe('');
		expect(set.encode({ name: 'a|b', size: 12 })).toBe('name=a%7Cb&size=12');
	});

	it('keep other parameters and fall back to defaults on junk', () => {
		const url = new URL('http://x/?keep=1&size=999&on=maybe&when=yesterday&name=x');
		expect(set.read(url.searchParams)).toEqual({ name: 'x', size: 10, on: false, when: undefined });
		set.write(url.searchParams, { size: 10, name: 'y' });
		expect(url.searchParams.get('keep')).toBe('1');
		expect(url.searchParams.has('size')).toBe(false);
	});

	it('round-trip the RFM, tier and matrix settings with hostile names', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(hostileText, fc.integer({ min: 0, max: 100 })), { minLength: 1 }),
				fc.dictionary(hostileText, fc.constantFrom('A' as const, 'C' as const)),
				hostileText,
				(tiers, classes, column) => {
					const t = { tiers: tiers.map(([name, percent]) => ({ name, percent })) };
					expect(roundTrip(TIER_PARAMS, t)).toEqual(t);
					const m = { months: 3, growthPercent: 12.5, declinePercent: 30, column, classes };
					expect(roundTrip(MATRIX_PARAMS, m)).toEqual(m);
				}
			)
		);
		const rfm = RFM_PARAMS.read(new URLSearchParams());
		const custom = {
			...rfm,
			snapshot: '2024-06-30',
			scoring: 'thresholds' as const,
			cuts: { recency: [1, 2, 3, 4], frequency: [1, 1, 2, 2], monetary: [0.5, 10, 1e6, 1e7] },
			segments: rfm.segments.map((s, i) => ({ ...s, segment: i ? s.segment : 'Best: “A|B”, 上' }))
		} as typeof rfm;
		expect(roundTrip(RFM_PARAMS, custom)).toEqual(custom);
	});
});
