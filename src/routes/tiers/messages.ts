import type { MatrixCustomer } from '$lib/analyses/tiers/matrix';
import type { Bilingual } from '$lib/i18n/bilingual';
import { bilingual } from '$lib/i18n/locale.svelte';
import type { DraftProblem } from './drafts';

type Trend = MatrixCustomer['trend'];
type Volume = NonNullable<MatrixCustomer['volume']>;

const ZH_TIERS: Record<string, string> = {
	Black: '黑金',
	Platinum: '铂金',
	Gold: '黄金',
	Silver: '白银',
	Standard: '普通'
};

/**
 * Texts of the tiers page and its parts. Tier names are the keys the analysis works with; the
 * default ones are shown in the chosen language, a name the user typed is shown as typed.
 */
export const MESSAGES = bilingual(
	{
		tier: (name: string) => name,
		/** Which side of the analysis' bilingual names and strategies to show. */
		lang: 'en' as keyof Bilingual,
		pageTitle: 'Tiers & A1–C6 · Customer Lens',
		title: 'Value tiers and the A1–C6 customer matrix',
		headline: (customers: string, first: string, second: string, revenue: string) =>
			`The top ${customers} of customers (${first} and ${second}) bring ${revenue} of revenue.`,
		declining: (customers: string, fall: string, months: number) =>
			`${customers} high-value customers are declining (A6): they bought ${fall} less than in the ${months} months before.`,
		lede: (snapshot: string | undefined) =>
			`Net revenue per customer before ${snapshot ?? 'the snapshot'}, returns subtracted.`,
		problems: {
			tierSize: 'Each tier needs a size of 0% or more.',
			tiersOver: 'The tiers add up to more than 100% of customers.',
			months: 'Periods must be 1 to 24 whole months.',
			growth: 'The growth threshold must be 0% or more.',
			decline: 'The decline threshold must be between 0% and 100%.'
		} satisfies Record<DraftProblem, string>,
		tiers: 'Value tiers',
		tiersTitle: 'Value tiers by spend',
		tiersChart: 'Share of customers and of revenue per tier',
		chart: { customerShare: 'Share of customers', revenueShare: 'Share of revenue' },
		columns: {
			tier: 'Tier',
			customers: 'Customers',
			revenue: 'Revenue',
			revenueShare: '% of revenue',
			minSpend: 'Spend to get in'
		},
		matrix: 'A1–C6 matrix',
		matrixTitle: 'A1–C6: how valuable × where the relationship is going',
		valueBasis: (profit: boolean): string =>
			profit ? 'value (lifetime profit)' : 'value (average order value)',
		periods: (
			lastFrom: string,
			lastTo: string,
			previousFrom: string,
			previousTo: string,
			placed: string,
			neither: string
		) =>
			`Last period ${lastFrom} to ${lastTo} against ${previousFrom} to ${previousTo} · ${placed} customers placed, ${neither} bought in neither period. Each cell: class, customers, revenue in the last period. Click a cell for its strategy and customers.`,
		matrixChart: 'A1–C6 matrix: customers and revenue per class',
		classChart: {
			customers: 'Customers',
			cell: (customers: string, revenue: string, previous: string) =>
				`${customers} customers · revenue ${revenue} (before ${previous})`
		},
		classSummary: (customers: string, revenue: string, previous: string) =>
			`${customers} customers · revenue ${revenue} (previous period ${previous})`,
		allClasses: 'All 18 classes and what to do',
		definitions: 'How the classes are defined',
		customersIn: (cls: string) => `Customers in ${cls}`,
		download: 'Download CSV',
		customerColumns: {
			customer: 'Customer',
			name: 'Name',
			trend: 'Trend',
			volume: 'Volume',
			revenue: 'Revenue, last period',
			previous: 'Previous period'
		},
		trend: { growing: 'growing', stable: 'stable', declining: 'declining' } satisfies Record<
			Trend,
			string
		>,
		volume: { high: 'high', medium: 'medium', low: 'low' } satisfies Record<Volume, string>,
		strategyColumns: {
			cls: 'Class',
			who: 'Who',
			customers: 'Customers',
			revenue: 'Revenue, last period',
			previous: 'Previous period',
			strategy: 'Recommended strategy'
		},
		settings: {
			label: 'Matrix settings',
			months: ['Periods of', 'months'],
			monthsLabel: 'Months per period',
			growth: ['Growing fast at', '% or more'],
			growthLabel: 'Growth threshold %',
			decline: ['Declining at a fall of', '% or more'],
			declineLabel: 'Decline threshold %',
			by: 'A/B/C by',
			byLabel: 'Rate A/B/C by',
			attribute: (column: string) => `customer attribute “${column}”`,
			mapping: 'Attribute values as classes',
			suggested:
				'Suggested from average revenue per customer; change any value. Missing values count as C.'
		},
		editor: {
			label: 'Tier sizes',
			name: (n: number) => `Tier ${n} name`,
			size: (name: string) => `${name}: % of customers`,
			top: (percent: number) => `top ${percent}%`,
			rest: 'the rest'
		}
	},
	{
		tier: (name: string) => ZH_TIERS[name] ?? name,
		lang: 'zh',
		pageTitle: '会员等级与 A1–C6 · Customer Lens',
		title: '价值等级与 A1–C6 客户矩阵',
		headline: (customers: string, first: string, second: string, revenue: string) =>
			`前 ${customers} 的客户（${first}和${second}）贡献了 ${revenue} 的收入。`,
		declining: (customers: string, fall: string, months: number) =>
			`${customers} 位高价值客户正在衰退（A6）：购买额比之前 ${months} 个月少了 ${fall}。`,
		lede: (snapshot: string | undefined) =>
			`${snapshot ? `${snapshot} ` : '快照日'}之前每位客户的净收入，已扣除退货。`,
		problems: {
			tierSize: '每个等级的占比须为 0% 或以上。',
			tiersOver: '各等级的客户占比合计超过了 100%。',
			months: '每期须为 1 到 24 个整月。',
			growth: '增长阈值须为 0% 或以上。',
			decline: '衰退阈值须在 0% 到 100% 之间。'
		},
		tiers: '价值等级',
		tiersTitle: '按消费金额划分的价值等级',
		tiersChart: '各等级的客户占比与收入占比',
		chart: { customerShare: '客户占比', revenueShare: '收入占比' },
		columns: {
			tier: '等级',
			customers: '客户数',
			revenue: '收入',
			revenueShare: '收入占比',
			minSpend: '入级消费额'
		},
		matrix: 'A1–C6 矩阵',
		matrixTitle: 'A1–C6：客户价值 × 关系走向',
		valueBasis: (profit: boolean) => (profit ? '价值（累计利润）' : '价值（客单价）'),
		periods: (
			lastFrom: string,
			lastTo: string,
			previousFrom: string,
			previousTo: string,
			placed: string,
			neither: string
		) =>
			`本期 ${lastFrom} 至 ${lastTo}，对比上期 ${previousFrom} 至 ${previousTo} · 已归类 ${placed} 位客户，${neither} 位两期都没有购买。每个格子显示类别、客户数和本期收入。点击格子查看对应策略和客户。`,
		matrixChart: 'A1–C6 矩阵：各类别的客户数与收入',
		classChart: {
			customers: '客户数',
			cell: (customers: string, revenue: string, previous: string) =>
				`${customers} 位客户 · 收入 ${revenue}（之前 ${previous}）`
		},
		classSummary: (customers: string, revenue: string, previous: string) =>
			`${customers} 位客户 · 收入 ${revenue}（上期 ${previous}）`,
		allClasses: '全部 18 类客户及应对策略',
		definitions: '类别如何划分',
		customersIn: (cls: string) => `${cls} 类客户`,
		download: '下载 CSV',
		customerColumns: {
			customer: '客户',
			name: '名称',
			trend: '趋势',
			volume: '规模',
			revenue: '本期收入',
			previous: '上期收入'
		},
		trend: { growing: '增长', stable: '稳定', declining: '衰退' },
		volume: { high: '高', medium: '中', low: '低' },
		strategyColumns: {
			cls: '类别',
			who: '客户类型',
			customers: '客户数',
			revenue: '本期收入',
			previous: '上期收入',
			strategy: '建议策略'
		},
		settings: {
			label: '矩阵设置',
			months: ['每期', '个月'],
			monthsLabel: '每期月数',
			growth: ['快速增长：增幅达', '% 及以上'],
			growthLabel: '增长阈值 %',
			decline: ['衰退：降幅达', '% 及以上'],
			declineLabel: '衰退阈值 %',
			by: 'A/B/C 划分依据',
			byLabel: '按此划分 A/B/C',
			attribute: (column: string) => `客户属性“${column}”`,
			mapping: '属性值对应的类别',
			suggested: '根据每位客户的平均收入给出建议，可逐项修改。缺失值按 C 计。'
		},
		editor: {
			label: '各等级人数占比',
			name: (n: number) => `第 ${n} 级名称`,
			size: (name: string) => `${name}：客户占比 %`,
			top: (percent: number) => `前 ${percent}%`,
			rest: '其余'
		}
	}
);
