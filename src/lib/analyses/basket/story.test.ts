import { expect, it } from 'vitest';
import type { Rule } from './rules';
import { headlineRules, ruleSentence, times } from './story';

const rule = (a: string, c: string, confidence: number, lift: number): Rule => ({
	antecedent: [a],
	consequent: [c],
	antecedent_keys: [a],
	consequent_keys: [c],
	count: 45,
	antecedent_count: 100,
	consequent_count: 60,
	support: 0.045,
	confidence,
	lift,
	leverage: 0,
	conviction: null,
	zhang: null
});

it('says a rule in plain words', () => {
	expect(ruleSentence(rule('Beer', 'Diapers', 0.45, 18.5), 2500)).toBe(
		'Shoppers who buy Beer are 19× as likely to also buy Diapers: 45% of their baskets have it, against 2.4% of all baskets.'
	);
	expect(times(2.345)).toBe('2.3×');
});

it('says a rule in Chinese, the items of each side listed the Chinese way', () => {
	const big = { ...rule('Pasta', 'Sauce', 0.3, 4.25), antecedent: ['Pasta', 'Cheese', 'Basil'] };
	expect(ruleSentence(big, 2500, 'zh-CN')).toBe(
		'购买Pasta、Cheese和Basil的顾客同时购买Sauce的可能性是平均水平的4.3倍：他们30%的购物篮里有该商品，而全部购物篮中只有2.4%。'
	);
	expect(ruleSentence(big, 2500)).toBe(
		'Shoppers who buy Pasta, Cheese and Basil are 4.3× as likely to also buy Sauce: 30% of their baskets have it, against 2.4% of all baskets.'
	);
});

it('keeps one direction per itemset, the more confident, in the given order', () => {
	const rules = [
		rule('Beer', 'Diapers', 0.45, 18.5),
		rule('Diapers', 'Beer', 0.8, 18.5),
		rule('Pasta', 'Sauce', 0.53, 11.3),
		rule('Sauce', 'Pasta', 0.51, 11.3)
	];
	expect(headlineRules(rules).map((r) => r.antecedent[0])).toEqual(['Diapers', 'Pasta']);
	expect(headlineRules(rules, 1)).toHaveLength(1);
});
