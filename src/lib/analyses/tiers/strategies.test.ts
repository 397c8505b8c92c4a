import { describe, expect, it } from 'vitest';
import { matrixDefinitions } from './strategies';

describe('matrix definitions', () => {
	it('put the settings into both languages', () => {
		const [abc, periods, , trend] = matrixDefinitions({
			months: 6,
			growth: 0.5,
			decline: -0.3,
			basis: 'aov'
		});
		expect(abc.text.en).toBe(
			'Attractiveness, by average order value (net revenue ÷ invoices; the data has no cost): the staged customers are split into thirds, A = the most valuable third, C = the least.'
		);
		expect(abc.text.zh).toBe(
			'客户价值，按客单价（净收入 ÷ 单据数；数据中没有成本）划分：已归类的客户分成三等份，A = 价值最高的三分之一，C = 最低的三分之一。'
		);
		expect(periods.text.zh).toContain('快照日前最近 6 个月，对比再往前的 6 个月。');
		expect(trend.text.en).toContain('last period +50% or more');
		expect(trend.text.zh).toContain('衰退：-30% 或更差');
	});

	it('name the attribute the classes come from', () => {
		const [abc] = matrixDefinitions({
			months: 12,
			growth: 0.5,
			decline: -0.3,
			basis: 'attribute',
			attribute: 'Membership'
		});
		expect(abc.text.zh).toContain('按客户属性“Membership”划分');
	});
});
