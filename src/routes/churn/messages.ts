/**
 * Texts of the churn page and its parts (definition form, statuses, ranking, slice, cross
 * section), one section per part; the "when" page reuses `definition`, `form` and `analysis`.
 * Long because it holds both languages of six components.
 */
import { dimensionName, valueLabel, type Lang } from '$lib/analyses/churn/labels';
import { reasonSentence, type SegmentReasons } from '$lib/analyses/churn/reasons';
import { bilingual } from '$lib/i18n/locale.svelte';

/** The analyses' own words (placeholders, derived dimensions, reason sentences) in `lang`. */
export function analysisWords(lang: Lang) {
	const value = (v: string) => valueLabel(v, lang);
	return {
		value,
		dimension: (key: string, label: string) => dimensionName(key, label, lang),
		reason: (r: SegmentReasons) => reasonSentence({ ...r, value: value(r.value) }, lang)
	};
}

const EN = analysisWords('en');
const ZH = analysisWords('zh-CN');

const enChurn = (rate: string, churned: string, customers: string) =>
	`Churn ${rate} (${churned} of ${customers})`;
const zhChurn = (rate: string, churned: string, customers: string) =>
	`流失率 ${rate}（${customers} 人中 ${churned} 人）`;

export const MESSAGES = bilingual(
	{
		analysis: EN,
		pageTitle: 'Who leaves and why · Customer Lens',
		title: 'Who leaves, and why',
		lede: (definition: string, snapshot: string) =>
			`Here ${definition}${snapshot ? ` (snapshot ${snapshot})` : ''}. Change it below.`,
		toWhen: 'When do they leave? →',
		noData:
			'Churn needs either a customers file with a churn column (Yes/No, 1/0, true/false, 是/否) or transactions to infer it from.',
		loadData: 'Load data →',
		rankingTitle: 'Where to look first: what goes with churn',
		rankingNote:
			'Each attribute is tested against churn (chi-square test of independence). The p-value says whether the differences between its segments could be chance (below 0.05: probably not); Cramér’s V says how strong they are (0 none, 1 the attribute decides). Click one to slice by it.',
		reasonsTitle: (by: string) => `Why they left, by ${by.toLowerCase()}`,
		reasonsChart: (by: string) => `Churn reasons by ${by}`,
		reasonsText: {
			value: EN.value,
			other: 'Other reasons',
			part: (churned: string, of: string, share: string) => `${churned} of ${of} churned (${share})`
		},
		story: {
			value: EN.value,
			gap: ' ',
			none: 'No customers can be judged under this definition.',
			churned: (rate: string, customers: string, churned: string) =>
				`${rate} of ${customers} customers have churned (${churned}).`,
			top: (dimension: string, value: string, rate: string, lift: string) =>
				`${dimension} goes with churn most strongly: ${value} churns ${rate}, ${lift}× the overall rate.`,
			reason: (reason: string, share: string, elsewhere: string | null) =>
				`Its most common stated reason is ${reason} (${share} of its churned customers${elsewhere === null ? '' : `, ${elsewhere} elsewhere`}).`,
			noAttribute: 'No attribute separates churners from the rest beyond chance.',
			noAttributes:
				'The data has no customer attributes (region, channel, plan …): load a customers file to see which kinds of customers leave.',
			atRisk: (customers: string) => `${customers} customers are at risk now.`
		},
		definition: {
			inactive: (days: number) =>
				`a customer has churned when they have bought nothing for more than ${days} days before the snapshot`,
			flag: 'a customer has churned when the customers file marks them as churned',
			column: (column: string) => `a customer has churned when the column “${column}” says yes`
		},
		form: {
			title: 'What counts as churn',
			flag: 'The customers file says who left',
			flagColumn: 'Churn flag column',
			flagName: 'churn flag',
			reasonName: 'churn reason',
			noFlag: '(no yes/no churn column in the customers file)',
			inactiveBefore: 'No purchase for more than',
			inactiveAfter: 'days',
			inactiveDays: 'Days without a purchase',
			needsTransactions: '(needs a transactions file)',
			atRisk: 'At risk after',
			atRiskUnit: 'days without a purchase',
			reasonColumn: 'Reason column',
			tenureColumn: 'Tenure (months) column',
			snapshot: 'Snapshot',
			suggested: 'Suggested from your data: ',
			windowDays: (days: number) => `${days} days`,
			windowWhy: (
				share: string,
				repeaters: string,
				days: number,
				typical: string,
				atRisk: number,
				atRiskShare: string
			) =>
				`. Each repeat customer has a usual gap between purchases (their median gap); ${share} of the ${repeaters} repeat customers have a usual gap of ${days} days or less (the typical one is ${typical} days), so a longer silence is unusual for almost anyone. At risk starts at ${atRisk} days, the usual gap of ${atRiskShare} of them.`,
			windowDefault:
				'Too few customers bought twice to learn a usual gap, so the window defaults to one year.',
			cameBack: (lapsed: string, days: number, cameBack: string, share: string) =>
				`Of the ${lapsed} buyers who have ever gone more than ${days} days without buying, ${cameBack} (${share}) bought again later.`
		},
		status: {
			label: 'Customer statuses',
			title: (date: string) => `Where every customer stands${date ? ` at ${date}` : ''}`,
			names: { active: 'Active', returned: 'Returned', at_risk: 'At risk', churned: 'Churned' },
			active: 'bought recently',
			notChurned: 'not churned',
			returned: 'came back after churning',
			atRisk: (days: number) => `silent more than ${days} days`,
			churned: 'left, per the definition',
			purchases: 'Purchase status:',
			purchase: { never: 'never bought', first: 'bought once', repeat: 'bought again' },
			monthly: 'Statuses month by month',
			monthlyChart: 'Customers by retention status at the start of each month',
			changedFrom: 'How statuses changed from',
			changedTo: (date: string) => `to ${date}`,
			compareFrom: 'Compare from',
			corner: 'from ↓ · to →',
			notYet: 'Not yet a customer'
		},
		ranking: {
			attributes: 'Attributes of the customer',
			behaviour: 'Behaviour up to the snapshot',
			behaviourNote: 'partly a result of leaving: people who left stop buying',
			attribute: 'Attribute',
			strength: 'Strength (Cramér’s V)',
			pValue: 'p-value',
			worst: 'Churns most',
			segments: 'Segments',
			worstDetail: (lift: string, customers: string) => `(${lift}×, ${customers} customers)`,
			noDifference: 'no real difference'
		},
		slice: {
			title: (by: string) => `Churn rate by ${by.toLowerCase()}`,
			sliceBy: 'Slice by',
			download: 'Download CSV',
			note: "Dot: churn rate; bar: its 95% interval (Wilson). Red segments churn more than overall beyond chance, green less, grey within chance. The number is the segment's customers.",
			chart: (by: string) => `Churn rate by ${by}`,
			columns: {
				value: 'Segment',
				customers: 'Customers',
				churned: 'Churned',
				rate: 'Churn rate',
				ci_low: '95% from',
				ci_high: '95% to',
				lift: 'vs overall'
			},
			text: {
				value: EN.value,
				churn: enChurn,
				interval: (low: string, high: string) => `95% interval ${low} – ${high}`,
				lift: (lift: string) => `${lift}× the overall rate`,
				rateOf: (rate: string, customers: string) => `${rate}  of ${customers}`,
				overall: (rate: string) => `overall ${rate}`,
				intervalSeries: '95% interval',
				rateSeries: 'Churn rate'
			}
		},
		cross: {
			against: 'against',
			note: 'Churn rate of each combination; the small number is its customers (pale: fewer than 30).',
			chart: (a: string, b: string) => `Churn rate by ${a} and ${b}`,
			churn: enChurn
		}
	},
	{
		analysis: ZH,
		pageTitle: '谁在流失、为什么 · Customer Lens',
		title: '谁在流失，为什么',
		lede: (definition: string, snapshot: string) =>
			`本页中，${definition}${snapshot ? `（快照日 ${snapshot}）` : ''}。可在下方修改。`,
		toWhen: '他们何时流失？→',
		noData:
			'流失分析需要带流失列（是/否、Yes/No、1/0、true/false）的客户文件，或可据以推断流失的交易记录。',
		loadData: '导入数据 →',
		rankingTitle: '先看哪里：哪些因素与流失相关',
		rankingNote:
			'每个属性都与流失做了卡方独立性检验。p 值表示各分群之间的差异是否可能出于偶然（低于 0.05：大概率不是）；Cramér’s V 表示关联强度（0 为无关，1 为完全由该属性决定）。点击属性即可按它细分。',
		reasonsTitle: (by: string) => `按${by}看流失原因`,
		reasonsChart: (by: string) => `按${by}的流失原因`,
		reasonsText: {
			value: ZH.value,
			other: '其他原因',
			part: (churned: string, of: string, share: string) =>
				`${of} 名流失客户中 ${churned} 名（${share}）`
		},
		story: {
			value: ZH.value,
			gap: '',
			none: '按此定义，没有可判断的客户。',
			churned: (rate: string, customers: string, churned: string) =>
				`${customers} 名客户中已有 ${rate} 流失（${churned} 名）。`,
			top: (dimension: string, value: string, rate: string, lift: string) =>
				`与流失关联最强的是${dimension}：${value} 的流失率为 ${rate}，是整体的 ${lift} 倍。`,
			reason: (reason: string, share: string, elsewhere: string | null) =>
				`其最常见的流失原因是“${reason}”（占其流失客户的 ${share}${elsewhere === null ? '' : `，其他分群为 ${elsewhere}`}）。`,
			noAttribute: '没有哪个属性与流失存在显著关联。',
			noAttributes:
				'数据中没有客户属性（地区、渠道、套餐……）：导入客户文件，才能看出哪类客户在流失。',
			atRisk: (customers: string) => `目前有 ${customers} 名客户存在流失风险。`
		},
		definition: {
			inactive: (days: number) => `客户在快照日前超过 ${days} 天未购买即视为流失`,
			flag: '客户文件中标记为流失的客户即视为流失',
			column: (column: string) => `“${column}”列为“是”的客户即视为流失`
		},
		form: {
			title: '如何界定流失',
			flag: '以客户文件中的流失标记为准',
			flagColumn: '流失标记列',
			flagName: '流失标记',
			reasonName: '流失原因',
			noFlag: '（客户文件中没有是/否流失列）',
			inactiveBefore: '超过',
			inactiveAfter: '天未购买',
			inactiveDays: '未购买天数',
			needsTransactions: '（需要交易文件）',
			atRisk: '流失风险线',
			atRiskUnit: '天未购买',
			reasonColumn: '原因列',
			tenureColumn: '客户时长（月）列',
			snapshot: '快照日',
			suggested: '根据数据建议：',
			windowDays: (days: number) => `${days} 天`,
			windowWhy: (
				share: string,
				repeaters: string,
				days: number,
				typical: string,
				atRisk: number,
				atRiskShare: string
			) =>
				`。每位复购客户都有惯常的购买间隔（其间隔中位数）；${repeaters} 名复购客户中有 ${share} 的惯常间隔不超过 ${days} 天（典型间隔为 ${typical} 天），因此更久不购买对几乎所有人都不寻常。超过 ${atRisk} 天即视为有流失风险，这是其中 ${atRiskShare} 客户的惯常间隔。`,
			windowDefault: '购买过两次的客户太少，无法得出惯常间隔，因此窗口默认为一年。',
			cameBack: (lapsed: string, days: number, cameBack: string, share: string) =>
				`在曾超过 ${days} 天未购买的 ${lapsed} 名客户中，有 ${cameBack} 名（${share}）后来再次购买。`
		},
		status: {
			label: '客户状态',
			title: (date: string) => (date ? `截至 ${date} 的客户状态` : '客户状态'),
			names: { active: '活跃', returned: '回流', at_risk: '有风险', churned: '已流失' },
			active: '近期有购买',
			notChurned: '未流失',
			returned: '流失后又回来',
			atRisk: (days: number) => `超过 ${days} 天未购买`,
			churned: '按定义已流失',
			purchases: '购买状态：',
			purchase: { never: '从未购买', first: '仅购买一次', repeat: '有复购' },
			monthly: '各月状态',
			monthlyChart: '每月初各留存状态的客户数',
			changedFrom: '状态变化：从',
			changedTo: (date: string) => `到 ${date}`,
			compareFrom: '对比起始日',
			corner: '从 ↓ · 到 →',
			notYet: '尚未成为客户'
		},
		ranking: {
			attributes: '客户属性',
			behaviour: '截至快照日的行为',
			behaviourNote: '部分是流失的结果：流失的客户自然不再购买',
			attribute: '属性',
			strength: '关联强度（Cramér’s V）',
			pValue: 'p 值',
			worst: '流失最高',
			segments: '分群数',
			worstDetail: (lift: string, customers: string) => `（${lift} 倍，${customers} 名客户）`,
			noDifference: '无显著差异'
		},
		slice: {
			title: (by: string) => `按${by}细分的流失率`,
			sliceBy: '细分维度',
			download: '下载 CSV',
			note: '圆点为流失率，横条为其 95% 置信区间（Wilson）。红色分群的流失率显著高于整体，绿色显著低于整体，灰色与整体的差异在偶然范围内。数字为该分群的客户数。',
			chart: (by: string) => `按${by}细分的流失率`,
			columns: {
				value: '分群',
				customers: '客户数',
				churned: '流失数',
				rate: '流失率',
				ci_low: '95% 下限',
				ci_high: '95% 上限',
				lift: '相对整体'
			},
			text: {
				value: ZH.value,
				churn: zhChurn,
				interval: (low: string, high: string) => `95% 置信区间 ${low} – ${high}`,
				lift: (lift: string) => `为整体的 ${lift} 倍`,
				rateOf: (rate: string, customers: string) => `${rate}（${customers} 人）`,
				overall: (rate: string) => `整体 ${rate}`,
				intervalSeries: '95% 置信区间',
				rateSeries: '流失率'
			}
		},
		cross: {
			against: '对比',
			note: '每个组合的流失率；小字为客户数（浅色：不足 30 人）。',
			chart: (a: string, b: string) => `按${a}和${b}的流失率`,
			churn: zhChurn
		}
	}
);
