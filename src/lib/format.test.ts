import { afterEach, expect, it } from 'vitest';
import { compact, count, day, money, percent } from './format';
import { locale } from './i18n/locale.svelte';

afterEach(() => (locale.current = 'en'));

it('formats for English', () => {
	expect([
		count(12345),
		money(4_149_536),
		money(358.77),
		percent(0.6949),
		day('2024-12-31')
	]).toEqual(['12,345', '4.15M', '358.77', '69.5%', 'Dec 31, 2024']);
});

it('formats for Chinese', () => {
	locale.current = 'zh-CN';
	expect([count(12345), money(4_149_536), percent(0.6949), day('2024-12-31')]).toEqual([
		'12,345',
		'414.95万',
		'69.5%',
		'2024年12月31日'
	]);
});

it('shortens chart numbers the way each language counts: thousands, or 万 and 亿', () => {
	const values = [950, 12_345, 4_149_536, 123_000_000, -45_678];
	expect(values.map(compact)).toEqual(['950', '12.3K', '4.1M', '123M', '-45.7K']);
	locale.current = 'zh-CN';
	expect(values.map(compact)).toEqual(['950', '1.2万', '415万', '1.2亿', '-4.6万']);
});
