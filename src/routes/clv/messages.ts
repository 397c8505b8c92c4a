/**
 * Texts of the P(alive) and lifetime value page and its model check. A message that returns a
 * list alternates plain and bold parts (plain first), so each language keeps its own word order.
 */
import type { TimeUnit } from '$lib/analyses/clv/clv-data';
import { bilingual } from '$lib/i18n/locale.svelte';

export const MESSAGES = bilingual(
	{
		pageTitle: 'P(alive) and lifetime value · Customer Lens',
		title: 'Who is still a customer, and what they are worth',
		expects: (months: number, purchases: string, customers: string, worth: string | null) =>
			`Over the next ${months} months the model expects ${purchases} purchases from these ${customers} customers${worth === null ? '' : `, worth ${worth} today`}.`,
		stillActive: (alive: string, repeaters: string) =>
			`${alive} of the ${repeaters} repeat customers are probably still active (P(alive) ≥ 50%).`,
		gone: (customers: string, share: string, revenue: string) =>
			`${customers} of the most valuable customers (top ${share} by revenue) have probably left; together they brought ${revenue}.`,
		lede: 'The BG/NBD model (Fader, Hardie & Lee 2005) learns how often each customer buys and how likely they are to have quietly stopped, from their number of purchases, the last one and how long they have been a customer; the Gamma-Gamma model adds how much they spend per purchase. Several purchases on one day count as one. The model lets a customer stop only after a repeat purchase, so one-time buyers always look active: read their expected purchases instead.',
		settings: 'Model settings',
		unit: 'Time unit',
		units: { day: 'days', week: 'weeks', month: 'months' } satisfies Record<TimeUnit, string>,
		holdout: 'Holdout for the check',
		holdoutUnit: 'last months',
		horizon: 'Value horizon',
		horizonUnit: 'months',
		discount: 'Discount rate',
		discountUnit: '% a year',
		noPurchases:
			'These models need purchases with a customer id: load a transactions file on the Data page.',
		tooFew: (customers: number) =>
			`The model needs at least ${customers} customers with purchases, some of them repeat purchases.`,
		outlook: 'Outlook',
		activeTile: 'Repeat customers probably active',
		activeNote: (share: string, repeaters: string) =>
			`${share} of ${repeaters} with P(alive) ≥ 50%`,
		activeTitle:
			'The model lets customers stop only after a repeat purchase, so it counts every one-time buyer as active; their expected purchases say more.',
		expectedTile: 'Expected purchases',
		next: (months: number) => `next ${months} months`,
		valueTile: 'Lifetime value',
		valueNote: (months: number, discount: number) =>
			`next ${months} months, discounted ${discount}%/yr`,
		leaving: 'Valuable but probably leaving',
		leavingNote: (share: string) => `top ${share} by revenue, P(alive) < 50%`,
		noAmounts: 'the file has no amounts: add an amount or price column to value customers',
		download: 'Download CSV',
		scatterNote: (share: string) =>
			`Each dot is a customer: revenue so far against the probability they still buy. Bottom right (red): among the top ${share} by revenue, yet probably gone — worth a call.`,
		scatterChart: 'Revenue against P(alive)',
		everyone: 'Every customer’s outlook, most valuable ahead first',
		noHoldout: (months: number) =>
			`Too little history before the last ${months} months to check the model on a holdout.`,
		columns: {
			name: 'Name',
			customer_id: 'Customer',
			monetary: 'Revenue so far',
			purchases: 'Purchases',
			days_since_last: 'Days since last',
			p_alive: 'P(alive)',
			expected_purchases: 'Expected purchases',
			clv: 'Lifetime value'
		},
		scatter: {
			revenue: 'net revenue so far',
			alive: 'P(alive)',
			customers: 'Customers',
			leaving: 'Valuable but probably leaving',
			corner: 'valuable, probably leaving',
			point: (revenue: string, alive: string, purchases: string, days: string) =>
				`revenue ${revenue} · P(alive) ${alive}\n${purchases} purchases, last ${days} days ago`
		},
		check: {
			title: 'Can the model be trusted? A check on the last months',
			verdict: (
				end: string,
				predicted: string,
				customers: string,
				start: string,
				holdoutEnd: string,
				actual: string,
				error: string | null
			) => [
				`Fitted only on purchases up to ${end}, it expected `,
				predicted,
				` purchases from those ${customers} customers between ${start} and ${holdoutEnd}; they made `,
				actual,
				`${error === null ? '' : ` (${error})`}.`
			],
			unsettled: 'The fit did not settle; read the numbers with care.',
			cumulative: 'Cumulative repeat purchases',
			cumulativeChart: 'Cumulative repeat purchases, actual and predicted',
			byFrequency: 'Holdout purchases per customer, by purchases before',
			byFrequencyChart: 'Holdout purchases by calibration frequency',
			fittedOn: 'Fitted on',
			span: (from: string, to: string, unit: string) => `${from} … ${to} (${unit})`,
			logLikelihood: 'log-likelihood',
			spend: 'spend p, q, v',
			noAmounts: 'no amounts',
			note: 'r and α: how often customers buy while active (rate ~ Gamma(r, α)); a and b: how likely they stop after a purchase (~ Beta(a, b)); p, q, v: spend per purchase. Maximum likelihood, fitted in this browser.',
			chart: {
				actual: 'Actual',
				predicted: 'Predicted',
				axis: 'repeat purchases in the calibration period',
				group: (customers: string, repeats: string, actual: string, predicted: string) =>
					`${customers} customers with ${repeats} repeat purchases\nactual ${actual} · predicted ${predicted} per customer`,
				holdoutStarts: 'holdout starts'
			}
		}
	},
	{
		pageTitle: '活跃概率与客户终身价值 · Customer Lens',
		title: '谁还是客户，价值几何',
		expects: (months: number, purchases: string, customers: string, worth: string | null) =>
			`模型预计未来 ${months} 个月这 ${customers} 名客户将购买 ${purchases} 次${worth === null ? '' : `，折现价值 ${worth}`}。`,
		stillActive: (alive: string, repeaters: string) =>
			`${repeaters} 名复购客户中有 ${alive} 名很可能仍活跃（活跃概率 ≥ 50%）。`,
		gone: (customers: string, share: string, revenue: string) =>
			`最有价值的客户（收入前 ${share}）中有 ${customers} 名很可能已流失，他们累计贡献了 ${revenue}。`,
		lede: 'BG/NBD 模型（Fader、Hardie 和 Lee，2005）根据每位客户的购买次数、最近一次购买时间和成为客户的时长，估计其购买频率以及悄然停止购买的可能性；Gamma-Gamma 模型再加入每次购买的金额。同一天的多次购买计为一次。模型只允许客户在复购之后停止购买，因此只买过一次的客户总显得活跃：对他们请看预期购买次数。',
		settings: '模型设置',
		unit: '时间单位',
		units: { day: '天', week: '周', month: '月' },
		holdout: '留出检验：最近',
		holdoutUnit: '个月',
		horizon: '价值期限',
		horizonUnit: '个月',
		discount: '折现率',
		discountUnit: '% / 年',
		noPurchases: '这些模型需要带客户编号的购买记录：请在“数据”页导入交易文件。',
		tooFew: (customers: number) => `模型至少需要 ${customers} 名有购买的客户，且其中部分有复购。`,
		outlook: '展望',
		activeTile: '可能仍活跃的复购客户',
		activeNote: (share: string, repeaters: string) =>
			`占 ${repeaters} 名复购客户的 ${share}，活跃概率 ≥ 50%`,
		activeTitle:
			'模型只允许客户在复购后停止购买，因此把所有只买过一次的客户都算作活跃；对他们，预期购买次数更有参考价值。',
		expectedTile: '预期购买次数',
		next: (months: number) => `未来 ${months} 个月`,
		valueTile: '客户终身价值',
		valueNote: (months: number, discount: number) => `未来 ${months} 个月，年折现率 ${discount}%`,
		leaving: '高价值但可能流失',
		leavingNote: (share: string) => `收入前 ${share}，活跃概率 < 50%`,
		noAmounts: '文件中没有金额：请添加金额列或单价列以估算客户价值',
		download: '下载 CSV',
		scatterNote: (share: string) =>
			`每个点代表一位客户：累计收入对比其仍会购买的概率。右下角（红色）：收入位居前 ${share}，却很可能已流失——值得打个电话。`,
		scatterChart: '收入与活跃概率',
		everyone: '每位客户的展望（未来价值高者在前）',
		noHoldout: (months: number) => `最近 ${months} 个月之前的历史太短，无法用留出期检验模型。`,
		columns: {
			name: '客户名称',
			customer_id: '客户编号',
			monetary: '累计收入',
			purchases: '购买次数',
			days_since_last: '距上次购买天数',
			p_alive: '活跃概率',
			expected_purchases: '预期购买次数',
			clv: '终身价值'
		},
		scatter: {
			revenue: '累计净收入',
			alive: '活跃概率',
			customers: '客户',
			leaving: '高价值但可能流失',
			corner: '高价值、可能流失',
			point: (revenue: string, alive: string, purchases: string, days: string) =>
				`收入 ${revenue} · 活跃概率 ${alive}\n购买 ${purchases} 次，最近一次在 ${days} 天前`
		},
		check: {
			title: '模型可信吗？用最近几个月检验',
			verdict: (
				end: string,
				predicted: string,
				customers: string,
				start: string,
				holdoutEnd: string,
				actual: string,
				error: string | null
			) => [
				`仅用截至 ${end} 的购买数据拟合，模型预计这 ${customers} 名客户在 ${start} 至 ${holdoutEnd} 期间购买 `,
				predicted,
				` 次；实际为 `,
				actual,
				` 次${error === null ? '' : `（${error}）`}。`
			],
			unsettled: '拟合未收敛，请谨慎解读这些数字。',
			cumulative: '累计复购次数',
			cumulativeChart: '累计复购次数：实际与预测',
			byFrequency: '留出期人均购买次数（按此前购买次数分组）',
			byFrequencyChart: '按校准期购买频次分组的留出期购买',
			fittedOn: '拟合区间',
			span: (from: string, to: string, unit: string) => `${from} … ${to}（${unit}）`,
			logLikelihood: '对数似然',
			spend: '消费参数 p, q, v',
			noAmounts: '无金额',
			note: 'r 和 α：活跃期间的购买频率（购买率 ~ Gamma(r, α)）；a 和 b：每次购买后停止购买的可能性（~ Beta(a, b)）；p、q、v：每次购买的金额。采用最大似然估计，在本浏览器中拟合。',
			chart: {
				actual: '实际',
				predicted: '预测',
				axis: '校准期内的复购次数',
				group: (customers: string, repeats: string, actual: string, predicted: string) =>
					`${customers} 名客户复购 ${repeats} 次\n人均实际 ${actual} · 预测 ${predicted}`,
				holdoutStarts: '留出期开始'
			}
		}
	}
);
