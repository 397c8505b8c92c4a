import { NEW_SEGMENT } from '$lib/analyses/rfm/migration';
import { segmentInfo } from '$lib/analyses/rfm/segments';
import type { Dimension } from '$lib/analyses/rfm/cuts';
import { bilingual } from '$lib/i18n/locale.svelte';

/**
 * Texts of the RFM page and its parts. Segment names stay the keys the analysis works with; these
 * messages only say how a segment is shown (a user-named segment is shown as typed).
 */
export const MESSAGES = bilingual(
	{
		segment: (name: string) => (name === NEW_SEGMENT ? name : segmentInfo(name).name.en),
		names: (names: string[]) => names.join(', '),
		sentences: (sentences: string[]) => sentences.join(' '),
		pageTitle: 'RFM segments · Customer Lens',
		title: 'Customer segments by recency, frequency and value',
		lede: (customers: string, snapshot: string) =>
			`${customers} customers who bought before ${snapshot}. Click a square of the grid, a bar or a segment name to list its customers.`,
		typical: 'Typical customer',
		scored: 'Customers scored',
		scoredNote: 'at least one purchase',
		recency: 'Days since last purchase',
		frequency: 'Purchases per customer',
		monetary: 'Revenue per customer',
		medianMean: (mean: string) => `median · mean ${mean}`,
		monetaryMissing: 'M is missing: the file has no amounts (add an amount or price column)',
		gridTitle: (metric: string) =>
			`Where customers sit: ${metric.toLowerCase()} by recency and frequency`,
		gridChart: 'RFM grid of recency score by frequency score',
		worth: 'What each segment is worth',
		worthChart: 'Share of customers and of revenue per segment',
		todo: 'What to do with each segment',
		moved: (days: number) => `How customers moved in the last ${days} days`,
		movedNote: (earlier: string, later: string) =>
			`Segment at ${earlier} (left) and at ${later} (right), each scored on the purchases before that day. “(new)” are customers whose first purchase came in between.`,
		movedChart: 'Segment migration',
		scores: 'What each score means',
		scoresNote: (snapshot: string, net: boolean) =>
			`Recency is the days from the last purchase to ${snapshot}; frequency counts purchases (invoices; same-day purchases without an invoice number count once); monetary is revenue ${net ? 'after returns' : 'leaving returns out'}.`,
		quintilesNote:
			'Customers are ranked on each measure and split into five groups of about equal size; 5 is best. Customers with the same value always get the same score, so groups can be uneven — for example everyone who bought once shares the lowest frequency score.',
		thresholdsNote: 'Scores follow your cut points below; they start from the quintile boundaries.',
		cutError: (dimension: Dimension, cuts: string) =>
			`${dimension} needs four ascending numbers, got ${cuts}`,
		rules: 'Segment rules',
		rulesNote:
			'Each segment is a rectangle of recency and frequency scores; together they must cover all 25 squares exactly once.',
		story: {
			none: 'No customer bought anything before this snapshot.',
			// revenue is null when the file has no amounts
			top: (segment: string, customers: string, revenue: string | null) =>
				revenue === null
					? `${segment} are the largest group: ${customers} of customers.`
					: `${segment} are ${customers} of customers and bring ${revenue} of revenue.`,
			quiet: (customers: string, segments: string, revenue: string | null) =>
				revenue === null
					? `${customers} customers who used to buy often have gone quiet (${segments}), worth winning back.`
					: `${customers} customers who used to buy often have gone quiet (${segments}); they brought ${revenue} of revenue, worth winning back.`,
			asleep: (customers: string, revenue: string | null) =>
				revenue === null
					? `${customers} of customers are hibernating.`
					: `${customers} of customers are hibernating and bring only ${revenue}.`,
			kept: (kept: string, before: string, segment: string, date: string, share: string) =>
				`${kept} of the ${before} ${segment} on ${date} are still ${segment} (${share}).`,
			arrived: (customers: string, largest: string, segment: string) =>
				`${customers} customers bought for the first time since then; the largest group of them, ${largest}, are now ${segment}.`
		},
		matrix: {
			metrics: { customers: 'Customers', revenue: 'Revenue', avg_monetary: 'Revenue per customer' },
			frequencyAxis: 'Frequency score  (5 = buys most often)',
			recencyAxis: 'Recency score  (5 = bought most recently)'
		},
		bars: {
			customerShare: 'Share of customers',
			revenueShare: 'Share of revenue',
			customers: (n: string, share: string) => `${n} customers (${share})`,
			revenue: (amount: string, share: string) => `Revenue ${amount} (${share})`
		},
		customers: (n: string) => `${n} customers`,
		params: {
			label: 'RFM parameters',
			snapshot: 'Snapshot date',
			snapshotSet: 'purchases before this day count',
			snapshotDefault: 'the day after the last purchase',
			returns: 'Returns',
			net: 'subtract from revenue',
			exclude: 'leave out',
			scoring: 'Scores',
			quintiles: 'by fifths of customers (quintiles)',
			thresholds: 'by my cut points',
			thresholdsHint: 'edit the cut points in the score table',
			quintilesHint: 'ties share a score',
			grid: 'Grid shows',
			latest: 'Latest snapshot'
		},
		list: {
			customer: 'Customer',
			name: 'Name',
			segment: 'Segment',
			recency: 'Days since last purchase',
			frequency: 'Purchases',
			revenue: 'Revenue',
			count: (n: string) => `${n} customers`,
			cut: (n: string) => ` · showing the ${n} with the most revenue; the CSV has all`,
			download: 'Download CSV',
			close: 'Close',
			closeLabel: 'Close the list'
		},
		table: {
			segment: 'Segment',
			customers: 'Customers',
			revenue: 'Revenue',
			who: 'Who they are',
			todo: 'What to do'
		},
		thresholds: {
			score: 'Score',
			cuts: 'Cut points',
			title: {
				recency: 'Recency: days since last purchase',
				frequency: 'Frequency: purchases',
				monetary: 'Monetary: revenue'
			},
			help: {
				recency: 'R5 up to c1 days, R4 up to c2, R3 up to c3, R2 up to c4, R1 beyond',
				frequency: 'F2 from c1 purchases, F3 from c2, F4 from c3, F5 from c4',
				monetary: 'M2 from c1, M3 from c2, M4 from c3, M5 from c4'
			},
			nobody: 'nobody',
			days: (range: string) => `${range} days`
		},
		editor: {
			grid: 'Segment of each recency × frequency cell',
			noSegment: 'no segment',
			overlap: 'overlap',
			gap: 'gap',
			segment: 'Segment',
			recency: 'Recency score',
			frequency: 'Frequency score',
			name: 'Segment name',
			from: (axis: string) => `${axis} from`,
			to: (axis: string) => `${axis} to`,
			between: 'to',
			remove: 'Remove',
			more: (n: number) => `… and ${n} more`,
			newSegment: 'New segment',
			add: 'Add a rule',
			reset: 'Default map',
			apply: 'Apply rules',
			invalid: 'Every cell needs exactly one segment.'
		}
	},
	{
		segment: (name: string) => (name === NEW_SEGMENT ? '（新加入）' : segmentInfo(name).name.zh),
		names: (names: string[]) => names.join('、'),
		sentences: (sentences: string[]) => sentences.join(''),
		pageTitle: 'RFM 客户分群 · Customer Lens',
		title: '按最近购买、购买频次和消费金额划分客户',
		lede: (customers: string, snapshot: string) =>
			`${customers} 位客户在 ${snapshot} 之前有过购买。点击网格中的方块、柱条或分群名称，即可列出该群客户。`,
		typical: '典型客户',
		scored: '参与评分的客户',
		scoredNote: '至少购买过一次',
		recency: '距上次购买天数',
		frequency: '人均购买次数',
		monetary: '人均消费金额',
		medianMean: (mean: string) => `中位数 · 平均 ${mean}`,
		monetaryMissing: '缺少 M：文件中没有金额（请添加金额列或单价列）',
		gridTitle: (metric: string) => `客户分布：按最近购买和购买频次的${metric}`,
		gridChart: 'RFM 网格：最近购买评分 × 购买频次评分',
		worth: '各分群的价值',
		worthChart: '各分群的客户占比与收入占比',
		todo: '各分群的运营建议',
		moved: (days: number) => `最近 ${days} 天客户在分群间的流动`,
		movedNote: (earlier: string, later: string) =>
			`左侧为 ${earlier} 时的分群，右侧为 ${later} 时的分群，各按当天之前的购买评分。“（新加入）”是这期间首次购买的客户。`,
		movedChart: '分群迁移',
		scores: '各评分的含义',
		scoresNote: (snapshot: string, net: boolean) =>
			`最近购买（R）是最后一次购买到 ${snapshot} 的天数；购买频次（F）按购买次数计（按单据计；没有单号的同一天购买算一次）；消费金额（M）为${net ? '扣除退货后' : '不计退货'}的收入。`,
		quintilesNote:
			'每项指标按客户排名后分成人数大致相等的五组，5 分最好。数值相同的客户总是得到相同评分，因此各组人数可能不均——例如只买过一次的客户都处于最低频次评分。',
		thresholdsNote: '评分按下方你设置的分界点计算；初始值取自五分位的边界。',
		cutError: (dimension: Dimension, cuts: string) =>
			`${{ recency: '最近购买', frequency: '购买频次', monetary: '消费金额' }[dimension]}需要四个由小到大的数，当前为 ${cuts}`,
		rules: '分群规则',
		rulesNote:
			'每个分群是最近购买评分与频次评分围成的一块矩形；所有分群合起来必须恰好覆盖 25 个格子，既不遗漏也不重叠。',
		story: {
			none: '此快照日期之前没有客户购买。',
			top: (segment: string, customers: string, revenue: string | null) =>
				revenue === null
					? `${segment}是最大的群体，占客户的 ${customers}。`
					: `${segment}占客户的 ${customers}，贡献了 ${revenue} 的收入。`,
			quiet: (customers: string, segments: string, revenue: string | null) =>
				revenue === null
					? `${customers} 位曾经常购买的客户已经沉寂（${segments}），值得挽回。`
					: `${customers} 位曾经常购买的客户已经沉寂（${segments}）；他们贡献过 ${revenue} 的收入，值得挽回。`,
			asleep: (customers: string, revenue: string | null) =>
				revenue === null
					? `${customers} 的客户处于沉睡状态。`
					: `${customers} 的客户处于沉睡状态，只贡献 ${revenue} 的收入。`,
			kept: (kept: string, before: string, segment: string, date: string, share: string) =>
				`${date} 时的 ${before} 位${segment}中，${kept} 位仍是${segment}（${share}）。`,
			arrived: (customers: string, largest: string, segment: string) =>
				`此后有 ${customers} 位客户首次购买，其中最多的 ${largest} 位现在属于${segment}。`
		},
		matrix: {
			metrics: { customers: '客户数', revenue: '收入', avg_monetary: '人均消费金额' },
			frequencyAxis: '购买频次评分（5 = 购买最频繁）',
			recencyAxis: '最近购买评分（5 = 最近刚购买）'
		},
		bars: {
			customerShare: '客户占比',
			revenueShare: '收入占比',
			customers: (n: string, share: string) => `${n} 位客户（${share}）`,
			revenue: (amount: string, share: string) => `收入 ${amount}（${share}）`
		},
		customers: (n: string) => `${n} 位客户`,
		params: {
			label: 'RFM 参数',
			snapshot: '快照日期',
			snapshotSet: '统计此日之前的购买',
			snapshotDefault: '最后一次购买的次日',
			returns: '退货',
			net: '从收入中扣除',
			exclude: '不计入',
			scoring: '评分方式',
			quintiles: '按客户人数五等分（五分位）',
			thresholds: '按我设置的分界点',
			thresholdsHint: '在评分表中修改分界点',
			quintilesHint: '数值相同则评分相同',
			grid: '网格显示',
			latest: '最新快照'
		},
		list: {
			customer: '客户',
			name: '名称',
			segment: '分群',
			recency: '距上次购买天数',
			frequency: '购买次数',
			revenue: '收入',
			count: (n: string) => `${n} 位客户`,
			cut: (n: string) => ` · 显示收入最高的 ${n} 位；CSV 中包含全部客户`,
			download: '下载 CSV',
			close: '关闭',
			closeLabel: '关闭列表'
		},
		table: {
			segment: '分群',
			customers: '客户数',
			revenue: '收入',
			who: '客户特征',
			todo: '运营建议'
		},
		thresholds: {
			score: '评分',
			cuts: '分界点',
			title: {
				recency: '最近购买（R）：距上次购买天数',
				frequency: '购买频次（F）：购买次数',
				monetary: '消费金额（M）：收入'
			},
			help: {
				recency: 'c1 天以内为 R5，c2 天以内为 R4，c3 以内为 R3，c4 以内为 R2，超过为 R1',
				frequency: '购买 c1 次起为 F2，c2 次起为 F3，c3 次起为 F4，c4 次起为 F5',
				monetary: 'c1 起为 M2，c2 起为 M3，c3 起为 M4，c4 起为 M5'
			},
			nobody: '无客户',
			days: (range: string) => `${range} 天`
		},
		editor: {
			grid: '每个最近购买 × 购买频次格子所属的分群',
			noSegment: '无分群',
			overlap: '重叠',
			gap: '空缺',
			segment: '分群',
			recency: '最近购买评分',
			frequency: '购买频次评分',
			name: '分群名称',
			from: (axis: string) => `${axis} 起`,
			to: (axis: string) => `${axis} 止`,
			between: '至',
			remove: '删除',
			more: (n: number) => `……还有 ${n} 项`,
			newSegment: '新分群',
			add: '添加规则',
			reset: '恢复默认',
			apply: '应用规则',
			invalid: '每个格子必须恰好属于一个分群。'
		}
	}
);
