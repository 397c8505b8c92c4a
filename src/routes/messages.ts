import { ingestMessageZh } from '$lib/engine/ingest/messages';
import { bilingual } from '$lib/i18n/locale.svelte';
import type { PeriodLength } from '$lib/analyses/overview/kpis';

const EN_PERIOD: Record<PeriodLength, string> = {
	month: 'month',
	quarter: 'quarter',
	year: 'year'
};
const ZH_PERIOD: Record<PeriodLength, string> = { month: '月', quarter: '季度', year: '年' };
const ZH_LAST: Record<PeriodLength, string> = {
	month: '最近一个月',
	quarter: '最近一个季度',
	year: '最近一年'
};

/** Texts of the app shell (+layout), the overview page and its customer lists. */
export const MESSAGES = bilingual(
	{
		shell: {
			/** The shell's own page; analyses' pages are named in their descriptors. */
			nav: { data: 'Data & quality' },
			navLabel: 'Main',
			demo: 'Demo data',
			loadOwn: 'Load your own exports →',
			yours: 'Your data',
			private: 'Data stays in this browser',
			privateTitle:
				'Files are read and analysed inside this browser tab; nothing is sent to any server.',
			starting: 'Starting the in-browser database…',
			/** Load progress and load errors, which ingest words in English. */
			ingest: (text: string) => text,
			queryError: (error: string) => `Could not compute this view: ${error}`,
			storedElsewhere: (files: string[]) =>
				files.length
					? `Another tab changed the data stored in this browser (now ${files.join(', ')}). This tab still shows the data it loaded before, which is no longer what a reload shows.`
					: 'Another tab removed the data stored in this browser. This tab still shows the data it loaded before, which is no longer what a reload shows.',
			reloadStored: 'Reload the stored data',
			dismiss: 'Dismiss',
			replacedElsewhere: (files: string[]) =>
				`Stored in this browser now: your upload. It replaced files another tab had stored: ${files.join(', ')}.`,
			checking: 'Checking the loaded data…'
		},
		overview: {
			pageTitle: 'Overview · Customer Lens',
			title: 'Who makes the money',
			story: (
				period: PeriodLength,
				range: string,
				customers: string,
				revenue: string,
				share: string,
				overdue: string
			) =>
				`In the last ${EN_PERIOD[period]} (${range}), ${customers} customers bought ${revenue}; the top 20% of them brought ${share} of it. ${overdue} valuable customers are overdue for their next purchase.`,
			empty: 'Load customer and transaction exports to see the customer base.',
			compareBy: 'Compare by',
			periods: EN_PERIOD,
			vs: (period: PeriodLength) => `vs previous ${EN_PERIOD[period]}`,
			keyFigures: 'Key figures',
			revenue: 'Revenue',
			revenueTitle: 'Net revenue: sales minus returns',
			active: 'Active customers',
			activeTitle: 'Customers with a purchase in the period',
			new: 'New customers',
			newTitle: 'First purchase ever in the period',
			repeat: 'Repeat rate',
			repeatTitle: 'Share of active customers with two or more purchases so far',
			top20: 'Top 20% share',
			top20Title: "Revenue share of the period's top fifth of customers",
			churned: 'Churned',
			churnedTitle: 'Customers whose churn date falls in the period',
			lapsed: 'Lapsed',
			lapsedTitle: 'Bought in the previous period, not in this one',
			averageOrder: 'Average order',
			top: 'Most valuable customers',
			topNote: 'Keep them close: the top of the base by net revenue',
			atRisk: 'Valuable customers at risk',
			atRiskNote:
				'Top 20% by value, silent for more than twice their usual gap between purchases (and 30+ days)',
			tiers: 'Value tiers',
			tiersChart: 'Customers and revenue share by value tier',
			rfm: 'RFM segments',
			rfmChart: 'Customers by recency and frequency score',
			monthly: 'Revenue and active customers by month',
			monthlyChart: 'Monthly revenue and active customers',
			monthlySeries: { revenue: 'Revenue', customers: 'Active customers' },
			noTransactions: 'No transactions in the selection.'
		},
		endList: {
			customer: 'Customer',
			name: 'Name',
			branch: 'Branch',
			revenue: 'Revenue',
			orders: 'Orders',
			daysSince: 'Days since',
			usualGap: 'Usual gap',
			days: (n: string) => `${n} d`
		}
	},
	{
		shell: {
			/** The shell's own page; analyses' pages are named in their descriptors. */
			nav: { data: '数据与质量' },
			navLabel: '主导航',
			demo: '演示数据',
			loadOwn: '载入你自己的导出文件 →',
			yours: '你的数据',
			private: '数据只留在本浏览器',
			privateTitle: '文件在本浏览器标签页内读取和分析，不会发送到任何服务器。',
			starting: '正在启动浏览器内数据库…',
			ingest: ingestMessageZh,
			queryError: (error: string) => `无法计算此视图：${error}`,
			storedElsewhere: (files: string[]) =>
				files.length
					? `另一个标签页更改了此浏览器中保存的数据（现在是 ${files.join('、')}）。此标签页仍显示之前加载的数据，重新加载后将不再显示这些数据。`
					: '另一个标签页删除了此浏览器中保存的数据。此标签页仍显示之前加载的数据，重新加载后将不再显示这些数据。',
			reloadStored: '重新加载保存的数据',
			dismiss: '关闭',
			replacedElsewhere: (files: string[]) =>
				`此浏览器现在保存的是您的上传。它替换了另一个标签页保存的文件：${files.join('、')}。`,
			checking: '正在检查已加载的数据…'
		},
		overview: {
			pageTitle: '概览 · Customer Lens',
			title: '谁在贡献收入',
			story: (
				period: PeriodLength,
				range: string,
				customers: string,
				revenue: string,
				share: string,
				overdue: string
			) =>
				`${ZH_LAST[period]}（${range}），${customers} 位客户共消费 ${revenue}，其中前 20% 的客户贡献了 ${share}。${overdue} 位高价值客户已超期未再购买。`,
			empty: '载入客户和交易导出文件，查看客户全貌。',
			compareBy: '对比周期',
			periods: ZH_PERIOD,
			vs: (period: PeriodLength) => `较上${ZH_PERIOD[period]}`,
			keyFigures: '关键指标',
			revenue: '收入',
			revenueTitle: '净收入：销售额减去退货',
			active: '活跃客户',
			activeTitle: '期内有购买的客户',
			new: '新客户',
			newTitle: '期内首次购买的客户',
			repeat: '复购率',
			repeatTitle: '活跃客户中累计购买两次及以上的比例',
			top20: '头部 20% 占比',
			top20Title: '期内消费最高的 20% 客户贡献的收入占比',
			churned: '已流失',
			churnedTitle: '流失日期在本期内的客户',
			lapsed: '未回购',
			lapsedTitle: '上期有购买、本期没有购买的客户',
			averageOrder: '客单价',
			top: '最有价值的客户',
			topNote: '重点维护：按净收入排名最靠前的客户',
			atRisk: '有流失风险的高价值客户',
			atRiskNote: '价值前 20%，未购买时长已超过其平常购买间隔的两倍（且超过 30 天）',
			tiers: '价值等级',
			tiersChart: '各价值等级的客户与收入占比',
			rfm: 'RFM 客户分群',
			rfmChart: '按最近购买和购买频次评分的客户分布',
			monthly: '每月收入与活跃客户',
			monthlyChart: '月度收入与活跃客户',
			monthlySeries: { revenue: '收入', customers: '活跃客户' },
			noTransactions: '所选范围内没有交易。'
		},
		endList: {
			customer: '客户',
			name: '名称',
			branch: '门店',
			revenue: '收入',
			orders: '订单数',
			daysSince: '未购天数',
			usualGap: '平常间隔',
			days: (n: string) => `${n} 天`
		}
	}
);
