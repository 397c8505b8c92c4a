import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Filters } from '../analyses/drill/filters';
import { filtersFromUrl, filtersKey, readFilters, urlWithFilters } from './filters';

const value = fc.string({ minLength: 1, maxLength: 12 });
const filters: fc.Arbitrary<Filters> = fc.record({
	from: fc.option(fc.constant('2024-01-01'), { nil: undefined }),
	to: fc.option(fc.constant('2024-06-30'), { nil: undefined }),
	attributes: fc.array(
		fc.record({
			table: fc.constantFrom('customers' as const, 'transactions' as const),
			column: fc.stringMatching(/^[^:]{1,10}$/),
			values: fc.array(value, { minLength: 1, maxLength: 3 })
		}),
		{ maxLength: 3 }
	)
});

it('round-trips any filters through the URL, hostile text included', () => {
	fc.assert(
		fc.property(filters, (f) => {
			const url = urlWithFilters(new URL('http://x/rfm/?metric=revenue'), f);
			expect(filtersKey(filtersFromUrl(url))).toBe(filtersKey(f));
			expect(url.searchParams.get('metric')).toBe('revenue');
		})
	);
});

it('ignores malformed parameters', () => {
	const url = new URL('http://x/?from=yesterday&f=nonsense&f=customers.branch:Shanghai');
	expect(filtersFromUrl(url)).toEqual({
		from: undefined,
		to: undefined,
		attributes: [{ table: 'customers', column: 'branch', values: ['Shanghai'] }]
	});
});

it('lists what it left out of a damaged link, and nothing for a sound one', () => {
	const damaged = new URL(
		'http://x/?from=yesterday&to=2024-06-30&f=nonsense&f=customers.branch:%25E0' +
			'&segment=%7Bbroken&d=tier:Gold&d=rfm_cell:R9F1%3Fsnapshot%3D2025-01-01&d=cohort'
	);
	const { filters, unread } = readFilters(damaged);
	expect(unread).toEqual([
		'from=yesterday',
		'f=nonsense',
		'f=customers.branch:%E0',
		'segment={broken',
		'd=rfm_cell:R9F1?snapshot=2025-01-01',
		'd=cohort'
	]);
	expect(filters).toMatchObject({ to: '2024-06-30', attributes: [], drills: [{ tier: 'Gold' }] });
	// The filters written back leave the damaged parts out, so the link reads whole again.
	expect(readFilters(urlWithFilters(damaged, filters)).unread).toEqual([]);
	expect(readFilters(new URL('http://x/rfm/?metric=revenue&from=')).unread).toEqual([]);
});
