import { describe, expect, it } from 'vitest';
import { describeNode, describeSegment } from './describe';
import { describeFilters } from './filter-words';
import { SEED_SEGMENT } from './seed';
import type { SegmentNode } from './types';

const months = (n: number) => ({ n, unit: 'month' as const });

/** Each kind of condition, and each way a group joins them, in both languages. */
const CASES: { node: SegmentNode; en: string; zh: string }[] = [
	{
		node: { kind: 'attribute', column: 'membership', op: 'in', values: ['Gold', 'Silver'] },
		en: 'membership is one of “Gold”, “Silver”',
		zh: '会员等级为“Gold”、“Silver”之一'
	},
	{
		node: { kind: 'attribute', column: 'signup_date', op: 'range', values: [], min: '2024-01-01' },
		en: 'signup date at least 2024-01-01',
		zh: '注册日期大于等于2024-01-01'
	},
	{
		node: { kind: 'attribute', column: 'vip_tier', op: 'contains', values: ['A'] },
		en: 'vip tier contains “A”',
		zh: 'vip tier包含“A”'
	},
	{
		node: {
			kind: 'bought',
			field: 'category',
			values: ['Tea', 'Honey', 'Rice'],
			match: 'all',
			within: null
		},
		en: 'bought all of from category “Tea”, “Honey”, “Rice” ever',
		zh: '“Tea”、“Honey”、“Rice”品类都购买过'
	},
	{
		node: {
			kind: 'bought',
			field: 'product_name',
			values: ['Tea', 'Honey'],
			match: 'any',
			within: { n: 30, unit: 'day' }
		},
		en: 'bought “Tea” or “Honey” in the last 30 days',
		zh: '近30天内购买过“Tea”或“Honey”'
	},
	{
		node: { kind: 'orders', measure: 'orders', min: 2, max: 5, within: months(12) },
		en: 'placed between 2 and 5 orders in the last 12 months',
		zh: '近12个月内下单次数介于2和5之间'
	},
	{
		node: { kind: 'orders', measure: 'amount', min: null, max: null, within: null },
		en: 'spent any amount ever',
		zh: '消费金额不限'
	},
	{
		node: { kind: 'first_purchase', within: months(1) },
		en: 'made a first purchase in the last month',
		zh: '近1个月内首次购买'
	},
	{
		node: { kind: 'no_contact', within: months(3), types: ['call', 'visit'] },
		en: 'had no call or visit in the last 3 months',
		zh: '近3个月内无call或visit记录'
	},
	{
		node: { kind: 'campaign', campaign: 'Spring Fair', attended: true, within: months(6) },
		en: 'attended campaign “Spring Fair” in the last 6 months',
		zh: '近6个月内参加过活动“Spring Fair”'
	},
	{
		node: { kind: 'anniversary', field: 'birthday', period: 'week' },
		en: 'has a birthday in the 7 days from the as-of date',
		zh: '基准日起7天内过生日'
	},
	{
		node: {
			kind: 'group',
			op: 'or',
			children: [
				{ kind: 'no_purchase', within: { n: 90, unit: 'day' } },
				{
					kind: 'group',
					op: 'not',
					children: [
						{ kind: 'attribute', column: 'branch', op: 'equals', values: ['上海'] },
						{ kind: 'attribute', column: 'churn_reason', op: 'range', values: [] }
					]
				}
			]
		},
		en: 'made no purchase in the last 90 days or (none of: branch is “上海”; churn reason is filled in)',
		zh: '近90天内未购买，或（以下均不满足：门店为“上海”；流失原因已填写）'
	}
];

describe('a segment in words', () => {
	it('says the seed example in Chinese too', () => {
		expect(describeSegment(SEED_SEGMENT, 'zh-CN')).toBe(
			'门店为“Shanghai”，且负责人为“Li Na”，且近3个月内同时购买过“Water Purifier”和“Propolis”，且近6个月内未参加任何活动'
		);
	});

	it.each(CASES)('says $en', ({ node, en, zh }) => {
		expect(describeNode(node, 'en')).toBe(en);
		expect(describeNode(node, 'zh-CN')).toBe(zh);
	});

	it('says the filters of an export in the chosen language', () => {
		const filters = {
			from: '2024-01-01',
			attributes: [
				{ table: 'customers' as const, column: 'branch', values: ['Shanghai', 'Beijing'] }
			],
			segment: {
				...SEED_SEGMENT,
				root: { ...SEED_SEGMENT.root, children: SEED_SEGMENT.root.children.slice(0, 1) }
			}
		};
		expect(describeFilters(filters, 'en')).toEqual([
			'Purchases: 2024-01-01 to …',
			'Customer branch: Shanghai, Beijing',
			`Segment “${SEED_SEGMENT.name}”: Branch is “Shanghai”`
		]);
		expect(describeFilters(filters, 'zh-CN')).toEqual([
			'购买日期：2024-01-01 至 …',
			'客户门店：Shanghai、Beijing',
			`分群“${SEED_SEGMENT.name}”：门店为“Shanghai”`
		]);
		expect(describeFilters({ attributes: [] }, 'zh-CN')).toEqual(['筛选：无（全部客户）']);
	});
});
