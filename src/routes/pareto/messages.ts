import type { ProfitGroup } from '$lib/analyses/pareto/profit';
import { bilingual } from '$lib/i18n/locale.svelte';

/** Texts of the Pareto & profit page, its ABC table and its profit groups. */
export const MESSAGES = bilingual(
	{
		pageTitle: 'Pareto & profit · Customer Lens',
		title: 'Who brings the revenue — and who costs money',
		headline: (customers: string) => `${customers} of customers make 80% of revenue.`,
		top20: (revenue: string) => `The top 20% bring ${revenue}.`,
		peak: (peak: string, losers: string, loss: string) =>
			`Profit peaks at ${peak} of the total: the ${losers} loss-making customers give back ${loss}.`,
		lede: (snapshot: string) => `Net revenue per customer (returns subtracted) before ${snapshot}.`,
		empty: 'No customer with positive net revenue in the selected data.',
		keyFigures: 'Key figures',
		customers: 'Customers',
		customersNote: 'with a purchase',
		revenue: 'Net revenue',
		make80: 'Make 80% of revenue',
		make80Note: 'of customers, largest first',
		gini: 'Gini',
		giniNote: '0 = all equal, 1 = one customer has it all',
		byRank: 'Revenue by customer rank',
		byRankChart: 'Pareto chart of revenue by customer rank',
		unequal: 'How unequal is revenue?',
		lorenzChart: 'Lorenz curve of revenue',
		abc: 'ABC classes',
		abcError: 'A’s cut-off must be above 0% and not above B’s, and B’s at most 100%.',
		profit: 'Profit',
		noCost: {
			before: 'Profit needs a cost for each line. Map a cost column (e.g. UnitCost, 成本) on the ',
			link: 'Data page',
			after: ' to see who makes and who loses money.'
		},
		byCustomer: 'Profit by customer',
		customerCurve: 'Profit curve: customers sorted by profit',
		customerCurveNote:
			'Cumulative profit rises above 100% while profitable customers are added and falls back as the loss makers give it away.',
		customerCurveChart: 'Whale curve of cumulative profit by customer',
		byProduct: 'Profit by product',
		productCurve: 'Profit curve: products sorted by profit',
		productCurveChart: 'Whale curve of cumulative profit by product',
		losingProducts: (n: string) => `${n} products lose money`,
		onRevenue: (revenue: string) => `on ${revenue} revenue`,
		pareto: {
			customersAxis: 'Customers, largest first (cumulative %)',
			revenueAxis: 'Revenue',
			revenueSeries: 'Revenue of these customers',
			cumulativeSeries: 'Cumulative share of revenue',
			mark80: '80% of revenue',
			customersMark: (share: string) => `${share} of customers`
		},
		lorenz: {
			gini: (value: string) => `Gini ${value}`,
			giniNote: '0 = everyone buys the same, 1 = one customer buys everything',
			customersAxis: 'Customers, smallest first',
			revenueAxis: 'Share of revenue',
			curve: 'Revenue share',
			equality: 'Perfect equality'
		},
		curve: {
			shareAxis: 'Cumulative profit, % of total',
			cumulative: 'Cumulative profit',
			total: 'Total profit (100%)',
			peakSeries: 'Peak'
		},
		/** Words that depend on whether customers or products are ranked. */
		kinds: {
			customers: {
				itemsAxis: 'Customers, most profitable first',
				peak: (value: string, share: string) => `Peak ${value} after ${share} of customers`,
				plural: 'customers',
				id: 'Customer',
				band: '% of the customer’s revenue'
			},
			products: {
				itemsAxis: 'Products, most profitable first',
				peak: (value: string, share: string) => `Peak ${value} after ${share} of products`,
				plural: 'products',
				id: 'Product',
				band: '% of the product’s revenue'
			}
		},
		classes: {
			meaning: {
				A: 'the few who carry the business',
				B: 'the solid middle',
				C: 'the many small ones',
				D: 'no net revenue (returned everything)'
			},
			limits: 'ABC limits',
			fixed: 'Cut-offs:',
			aEnds: ['A ends at', '% of revenue,'],
			aLabel: 'A ends at this % of revenue',
			bEnds: ['B at', '%'],
			bLabel: 'B ends at this % of revenue',
			computed: 'Data-driven limits',
			download: 'Download customers with class (CSV)',
			cls: 'Class',
			customers: 'Customers',
			customerShare: '% of customers',
			revenue: 'Revenue',
			revenueShare: '% of revenue',
			perCustomer: 'Revenue per customer',
			fixedNote: (a: number, b: number) =>
				`Customers ranked by net revenue, largest first: A are those who together make the first ${a}% of revenue, B the next ${b}%, C the rest with positive revenue, D those with zero or negative net revenue.`,
			computedNote: (top: string | null, average: string) =>
				`Computed ABC analysis (Ultsch & Lötsch 2015): A ends at the point of the cumulative curve nearest to the ideal corner (0% of customers, 100% of revenue)${top ? ` — the top ${top} customers` : ''}; B are the remaining customers whose revenue is at least the average (${average}, where the curve's slope is 1); C the rest with positive revenue; D zero or negative.`
		},
		groups: {
			label: 'Profit groups',
			names: {
				makers: 'Profit makers',
				break_even: 'Break even',
				losers: 'Loss makers'
			} satisfies Record<ProfitGroup, string>,
			note: (items: string, profit: string) => `${items} · profit ${profit}`,
			band: 'Break-even band: profit within ±',
			bandLabel: 'Break-even band, % of revenue',
			download: (group: string) => `Download ${group.toLowerCase()} (CSV)`,
			name: 'Name',
			revenue: 'Net revenue',
			cost: 'Cost',
			profit: 'Profit',
			margin: 'Margin'
		}
	},
	{
		pageTitle: '帕累托与利润 · Customer Lens',
		title: '谁带来收入，谁在亏钱',
		headline: (customers: string) => `${customers} 的客户贡献了 80% 的收入。`,
		top20: (revenue: string) => `前 20% 的客户贡献了 ${revenue}。`,
		peak: (peak: string, losers: string, loss: string) =>
			`利润最高可达总利润的 ${peak}：${losers} 位亏损客户又亏掉了 ${loss}。`,
		lede: (snapshot: string) => `${snapshot} 之前每位客户的净收入（已扣除退货）。`,
		empty: '所选数据中没有净收入为正的客户。',
		keyFigures: '关键指标',
		customers: '客户数',
		customersNote: '有购买的客户',
		revenue: '净收入',
		make80: '贡献 80% 收入',
		make80Note: '的客户（收入从高到低）',
		gini: '基尼系数',
		giniNote: '0 = 完全平均，1 = 一位客户独占',
		byRank: '按客户排名的收入',
		byRankChart: '按客户排名的收入帕累托图',
		unequal: '收入有多集中？',
		lorenzChart: '收入洛伦兹曲线',
		abc: 'ABC 分类',
		abcError: 'A 的分界须大于 0% 且不高于 B，B 的分界最多为 100%。',
		profit: '利润',
		noCost: {
			before: '计算利润需要每一行的成本。请在',
			link: '数据页',
			after: '映射成本列（如 UnitCost、成本），即可看到谁在赚钱、谁在亏钱。'
		},
		byCustomer: '按客户的利润',
		customerCurve: '利润曲线：客户按利润排序',
		customerCurveNote: '累计利润随盈利客户的加入升到 100% 以上，又随亏损客户的加入回落。',
		customerCurveChart: '客户累计利润鲸鱼曲线',
		byProduct: '按商品的利润',
		productCurve: '利润曲线：商品按利润排序',
		productCurveChart: '商品累计利润鲸鱼曲线',
		losingProducts: (n: string) => `${n} 个商品亏损`,
		onRevenue: (revenue: string) => `收入 ${revenue}`,
		pareto: {
			customersAxis: '客户（收入从高到低，累计 %）',
			revenueAxis: '收入',
			revenueSeries: '这些客户的收入',
			cumulativeSeries: '累计收入占比',
			mark80: '80% 收入',
			customersMark: (share: string) => `${share} 的客户`
		},
		lorenz: {
			gini: (value: string) => `基尼系数 ${value}`,
			giniNote: '0 = 人人消费相同，1 = 一位客户买下全部',
			customersAxis: '客户（收入从低到高）',
			revenueAxis: '收入占比',
			curve: '收入占比',
			equality: '完全平均线'
		},
		curve: {
			shareAxis: '累计利润占总利润 %',
			cumulative: '累计利润',
			total: '总利润（100%）',
			peakSeries: '峰值'
		},
		kinds: {
			customers: {
				itemsAxis: '客户（利润从高到低）',
				peak: (value: string, share: string) => `峰值 ${value}，在前 ${share} 的客户处`,
				plural: '客户',
				id: '客户',
				band: '% 以内（占该客户收入）'
			},
			products: {
				itemsAxis: '商品（利润从高到低）',
				peak: (value: string, share: string) => `峰值 ${value}，在前 ${share} 的商品处`,
				plural: '商品',
				id: '商品',
				band: '% 以内（占该商品收入）'
			}
		},
		classes: {
			meaning: {
				A: '撑起业务的少数客户',
				B: '稳定的中坚客户',
				C: '数量众多的小客户',
				D: '没有净收入（已全部退货）'
			},
			limits: 'ABC 分界',
			fixed: '固定分界：',
			aEnds: ['A 截至收入的', '%，'],
			aLabel: 'A 截至的收入百分比',
			bEnds: ['B 截至', '%'],
			bLabel: 'B 截至的收入百分比',
			computed: '按数据计算分界',
			download: '下载客户及其分类（CSV）',
			cls: '类别',
			customers: '客户数',
			customerShare: '客户占比',
			revenue: '收入',
			revenueShare: '收入占比',
			perCustomer: '单客收入',
			fixedNote: (a: number, b: number) =>
				`客户按净收入从高到低排序：A 为合计贡献前 ${a}% 收入的客户，B 为其后的 ${b}%，C 为其余净收入为正的客户，D 为净收入为零或为负的客户。`,
			computedNote: (top: string | null, average: string) =>
				`计算式 ABC 分析（Ultsch & Lötsch 2015）：A 截至累计曲线上最接近理想角（0% 的客户、100% 的收入）的点${top ? `，即前 ${top} 位客户` : ''}；B 为其余收入不低于平均值（${average}，即曲线斜率为 1 处）的客户；C 为其余净收入为正的客户；D 为零或为负。`
		},
		groups: {
			label: '利润分组',
			names: {
				makers: '盈利',
				break_even: '持平',
				losers: '亏损'
			},
			note: (items: string, profit: string) => `${items} · 利润 ${profit}`,
			band: '持平区间：利润在 ±',
			bandLabel: '持平区间（收入的 %）',
			download: (group: string) => `下载${group}名单（CSV）`,
			name: '名称',
			revenue: '净收入',
			cost: '成本',
			profit: '利润',
			margin: '毛利率'
		}
	}
);
