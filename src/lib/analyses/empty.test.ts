import { expect, it } from 'vitest';
import { emptyMessage, missingFor, type Need } from './empty';
import type { CapabilityId } from './profile/profile';

const report = (...notReady: CapabilityId[]) => ({
	capabilities: (['value', 'customers', 'baskets', 'sequences'] as const).map((id) => ({
		id,
		analysis: { en: id, zh: id },
		ready: !notReady.includes(id),
		because: { en: '', zh: '' }
	}))
});

it('names what each page misses first, from the profile capabilities', () => {
	const needs: Need[] = ['amounts', 'customers', 'baskets', 'sequences'];
	const missing = (r: ReturnType<typeof report> | null) => needs.map((n) => missingFor(r, n));
	expect(missing(null)).toEqual([null, null, null, null]);
	expect(missing(report())).toEqual([null, null, null, null]);
	expect(missing(report('value'))).toEqual(['no-amounts', null, null, null]);
	// No customers: every customer page says so; baskets need none (invoices are baskets).
	expect(missing(report('value', 'customers', 'sequences'))).toEqual([
		'no-customers',
		'no-customers',
		null,
		'no-customers'
	]);
	expect(missing(report('baskets', 'sequences'))).toEqual([
		null,
		null,
		'no-baskets',
		'no-repeat-customers'
	]);
});

it('says the reason and the fix in both languages', () => {
	expect(emptyMessage('no-amounts')).toBe(
		'The transactions file has no amounts, so there is no money to rank or sum. Add an amount column (line revenue), or a unit price column (with a quantity column).'
	);
	expect(emptyMessage('no-amounts', 'zh-CN')).toContain('没有金额');
});
