/** Texts of the "when customers leave" page; the definition's wording is the churn page's. */
import { bilingual } from '$lib/i18n/locale.svelte';
import { MESSAGES as CHURN } from '../messages';

export const MESSAGES = bilingual(
	{
		analysis: CHURN.en.analysis,
		definition: CHURN.en.definition,
		pageTitle: 'When customers leave · Customer Lens',
		title: 'When customers leave',
		early: (share: string, churned: string, peak: number | null) =>
			`${share} of the ${churned} churned customers left within their first three months${peak === null ? '' : `; the most common time to leave is month ${peak}`}.`,
		half: (segment: string, months: string) => `Half of ${segment} is gone after ${months} months.`,
		lede: (definition: string, tenure: string) => `Here ${definition}. ${tenure}`,
		tenureColumn: (column: string) => `Tenure is the file’s “${column}” column, in months.`,
		tenureSpan: (inferred: boolean) =>
			`Tenure runs from signup (or the first purchase) to the churn date${inferred ? ' — with inferred churn, the last purchase' : ''}.`,
		back: '← Who leaves and why',
		survival: 'How long customers stay',
		compareBy: 'Compare by',
		survivalNote:
			'Kaplan–Meier survival: the share of each segment still a customer after a number of months, counting customers who have not left yet for as long as they have been observed. Where a curve crosses 50% is the segment’s median lifetime.',
		survivalChart: 'Survival curves',
		columns: {
			segment: 'Segment',
			customers: 'Customers',
			churned: 'Churned',
			after12: 'Still there after 12 months',
			median: 'Median lifetime'
		},
		months: (months: string) => `${months} months`,
		moreThan: (months: string) => `more than ${months} months`,
		noCurves: 'No customers with a known start and end (signup, purchases or a tenure column).',
		tenure: 'How long churned customers had been customers',
		tenureChart: 'Tenure at churn',
		noTenure: 'No churned customers with a known tenure.',
		byMonth: 'Churn by calendar month',
		byMonthInactive: (days: number) =>
			`Month of the last purchase; the last ${days} days cannot show churn yet and are left out.`,
		byMonthFlag: 'Month of the churn date (the last purchase when the file gives no date).',
		noMonths: 'The data has no churn dates to place in the calendar.',
		survivalText: {
			value: CHURN.en.analysis.value,
			axis: 'months since they became customers',
			half: 'half gone',
			point: (months: string, share: string) => `after ${months} months: ${share} still customers`
		},
		tenureText: {
			axis: 'full months as a customer when they left',
			bar: (months: string, customers: string) =>
				`Left after ${months} full months as a customer\n${customers} customers`
		},
		byMonthText: {
			lost: 'Customers lost',
			share: 'Share of the base at the month’s start',
			month: (churned: string, customers: string, rate: string) =>
				`${churned} left of ${customers} (${rate})`
		}
	},
	{
		analysis: CHURN.zh.analysis,
		definition: CHURN.zh.definition,
		pageTitle: '客户何时流失 · Customer Lens',
		title: '客户何时流失',
		early: (share: string, churned: string, peak: number | null) =>
			`${churned} 名流失客户中有 ${share} 在成为客户的前三个月内离开${peak === null ? '' : `；最常见的离开时间是第 ${peak} 个月`}。`,
		half: (segment: string, months: string) => `${segment} 的客户在 ${months} 个月后流失过半。`,
		lede: (definition: string, tenure: string) => `本页中，${definition}。${tenure}`,
		tenureColumn: (column: string) => `客户时长取自文件的“${column}”列，单位为月。`,
		tenureSpan: (inferred: boolean) =>
			`客户时长从注册（或首次购买）算到流失日${inferred ? '——推断流失时算到最后一次购买' : ''}。`,
		back: '← 谁在流失、为什么',
		survival: '客户能留多久',
		compareBy: '对比维度',
		survivalNote:
			'Kaplan–Meier 生存分析：各分群在若干个月后仍是客户的比例，尚未流失的客户按已观察到的时长计入。曲线与 50% 的交点即该分群的生命周期中位数。',
		survivalChart: '生存曲线',
		columns: {
			segment: '分群',
			customers: '客户数',
			churned: '流失数',
			after12: '12 个月后仍留存',
			median: '生命周期中位数'
		},
		months: (months: string) => `${months} 个月`,
		moreThan: (months: string) => `超过 ${months} 个月`,
		noCurves: '没有起止时间已知的客户（需要注册日期、购买记录或客户时长列）。',
		tenure: '流失客户流失前做了多久客户',
		tenureChart: '流失时的客户时长',
		noTenure: '没有客户时长已知的流失客户。',
		byMonth: '按自然月的流失',
		byMonthInactive: (days: number) =>
			`按最后一次购买所在月份统计；最近 ${days} 天尚无法判断流失，未计入。`,
		byMonthFlag: '按流失日期所在月份统计（文件未给出日期时取最后一次购买）。',
		noMonths: '数据中没有可按月份归类的流失日期。',
		survivalText: {
			value: CHURN.zh.analysis.value,
			axis: '成为客户后的月数',
			half: '流失过半',
			point: (months: string, share: string) => `${months} 个月后：${share} 仍是客户`
		},
		tenureText: {
			axis: '流失时已满的客户月数',
			bar: (months: string, customers: string) =>
				`做满 ${months} 个月客户后流失\n${customers} 名客户`
		},
		byMonthText: {
			lost: '流失客户数',
			share: '占月初客户的比例',
			month: (churned: string, customers: string, rate: string) =>
				`${customers} 名中流失 ${churned} 名（${rate}）`
		}
	}
);
