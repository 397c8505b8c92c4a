import type { MiningProgress } from '$lib/analyses/basket/mine';
import { count } from '$lib/format';
import { bilingual } from '$lib/i18n/locale.svelte';

/** Every user-facing string of the basket page and its parts, in both languages. */
export const MESSAGES = bilingual(
	{
		pageTitle: 'What sells together · Customer Lens',
		title: 'What sells together',
		lede: (baskets: string, invoices: boolean) =>
			`From ${baskets} baskets (${invoices ? 'invoices' : 'customer-days'}; returns and postage left out). “As likely” is the lift: 1× means no link.`,
		noHeadline: (lift: number) =>
			`No pair of products sells together at least ${lift}× as often as chance at these thresholds: lower the minimum support or confidence.`,
		phase: (p: MiningProgress) =>
			p.phase === 'collecting'
				? 'Collecting baskets'
				: p.phase === 'counting'
					? `Counting itemsets of size ${p.size}`
					: p.phase === 'found'
						? `Found itemsets of size ${p.size}`
						: 'Deriving rules',
		figures: 'Key figures',
		baskets: 'Baskets',
		oversized: (n: string, max: string) => `${n} over ${max} items left out`,
		nonSale: (n: string) => `${n} without a priced line (no sale) left out`,
		basketsNote: 'invoices with a product',
		categories: 'Categories',
		products: 'Products',
		reach: (n: string, share: string) => `${n} reach ${share} of baskets`,
		itemsets: 'Frequent itemsets',
		bySize: (sizes: string) => `by size: ${sizes}`,
		rules: 'Rules',
		rulesNote: 'meeting all thresholds',
		allRules: 'All rules',
		strength: 'Strength of the rules',
		strengthNote:
			'Each dot is a rule: further right = more common, higher = more reliable, darker = stronger link.',
		scatterLabel: 'Support against confidence of each rule, coloured by lift',
		network: (n: number) => `Product network of the ${n} strongest rules`,
		networkNote:
			'Arrows point from what is bought to what comes with it. Click a product to see what else is bought with it.',
		networkLabel: 'Network of products linked by the strongest rules',
		alsoBought: 'Also bought',
		heatTitle: (n: number, categories: boolean) =>
			`How the ${n} most bought ${categories ? 'categories' : 'products'} go together`,
		heatLabel: 'Co-occurrence heatmap of the most bought products, coloured by lift',
		bySegment: 'Rules by segment',
		bySegmentNote:
			'Compare how strong a rule is in each RFM segment, region or channel, and see the strongest rules within one segment.',
		compare: 'Compare segments',
		ruleChart: {
			support: (share: string, n: number) => `Support ${share} (${count(n)} baskets)`,
			confidence: (share: string) => `Confidence ${share}`,
			lift: (times: string) => `Lift ${times}`,
			baskets: (n: number) => `${count(n)} baskets`,
			supportAxis: 'Support (share of baskets)',
			confidenceAxis: 'Confidence',
			liftLegend: 'lift'
		},
		heatmap: {
			together: (n: number) => `${count(n)} baskets together`,
			lift: (times: string) => `Lift ${times}`,
			belowChance: 'less often than chance',
			andMore: (times: string) => `${times} and more`
		},
		settings: {
			label: 'Rule settings',
			basket: 'Basket',
			invoice: 'one invoice',
			customerDay: "one customer's day",
			item: 'Item',
			product: 'product',
			category: 'category',
			minSupport: 'Min. support',
			supportTitle: 'Share of baskets an itemset must appear in',
			minConfidence: 'Min. confidence',
			confidenceTitle: "Share of the left-hand side's baskets that also hold the right-hand side",
			minLift: 'Min. lift',
			liftTitle: 'How many times as likely as chance',
			upTo: 'Up to',
			items: 'items',
			maxLenTitle: 'Largest itemset size',
			prune: 'hide redundant rules',
			multi: 'several items on the right'
		},
		table: {
			search: 'Find a product…',
			searchLabel: 'Find rules by product',
			shown: (n: string) => `${n} shown`,
			strongest: (n: string, total: string) => ` (the ${n} strongest of ${total} rules)`,
			download: 'Download CSV',
			columns: {
				if_bought: 'Shoppers who buy',
				then_buys: 'also buy',
				count: 'Baskets',
				antecedent_count: 'Baskets with the left side',
				consequent_count: 'Baskets with the right side',
				support: 'Support',
				confidence: 'Confidence',
				lift: 'Lift',
				leverage: 'Leverage',
				conviction: 'Conviction',
				zhang: 'Zhang'
			}
		},
		also: {
			product: 'Product',
			inBaskets: (n: string, label: string) =>
				`In the ${n} baskets with ${label}, shoppers also bought:`,
			alone: 'Nothing else: it is always bought alone.',
			legend: '% of those baskets · how many times as likely as in any basket'
		},
		segments: {
			by: 'Segments by',
			rfm: 'RFM segment',
			rule: 'Rule',
			liftIn: (by: string) => `Lift of this rule in each ${by}`,
			chartLabel: 'Lift of the rule in each segment',
			none: 'No segment has baskets with these items.',
			strongestWithin: 'Strongest rules within',
			segment: 'Segment',
			summary: (baskets: string, rules: string) =>
				`${baskets} baskets · ${rules} rules at the same thresholds`,
			noPair: (lift: number) =>
				`No pair sells together ${lift}× as often as chance in this segment.`,
			chart: {
				lift: (times: string) => `Lift ${times}`,
				ofBaskets: (n: number, of: number, share: string) =>
					`${count(n)} of ${count(of)} baskets (${share})`,
				inSegment: (n: number) => `${count(n)} baskets in the segment`,
				axis: 'Lift',
				overall: (times: string) => `all baskets ${times}`
			}
		}
	},
	{
		pageTitle: '关联购买 · Customer Lens',
		title: '哪些商品一起卖',
		lede: (baskets: string, invoices: boolean) =>
			`基于${baskets}个购物篮（${invoices ? '按发票' : '按客户每日'}；不含退货和运费）。“可能性是平均水平的几倍”即提升度：1倍表示没有关联。`,
		noHeadline: (lift: number) =>
			`在当前阈值下，没有哪两种商品一起卖出的频率达到随机情况的${lift}倍：请降低最低支持度或置信度。`,
		phase: (p: MiningProgress) =>
			p.phase === 'collecting'
				? '正在汇总购物篮'
				: p.phase === 'counting'
					? `正在统计${p.size}项集`
					: p.phase === 'found'
						? `已找到${p.size}项集`
						: '正在生成规则',
		figures: '关键指标',
		baskets: '购物篮',
		oversized: (n: string, max: string) => `${n}个超过${max}件商品的购物篮已排除`,
		nonSale: (n: string) => `${n}张没有计价商品行的发票（非销售）已排除`,
		basketsNote: '含商品的发票',
		categories: '品类',
		products: '商品',
		reach: (n: string, share: string) => `${n}个出现在至少${share}的购物篮中`,
		itemsets: '频繁项集',
		bySize: (sizes: string) => `按大小：${sizes}`,
		rules: '规则',
		rulesNote: '满足全部阈值',
		allRules: '全部规则',
		strength: '规则强度',
		strengthNote: '每个点是一条规则：越靠右越常见，越靠上越可靠，颜色越深关联越强。',
		scatterLabel: '各规则的支持度与置信度，按提升度着色',
		network: (n: number) => `最强${n}条规则的商品网络`,
		networkNote: '箭头从已购商品指向随之购买的商品。点击商品可查看还会一起买什么。',
		networkLabel: '由最强规则连接的商品网络',
		alsoBought: '还买了什么',
		heatTitle: (n: number, categories: boolean) =>
			`购买最多的${n}个${categories ? '品类' : '商品'}如何搭配`,
		heatLabel: '购买最多的商品的共现热力图，按提升度着色',
		bySegment: '各分群的规则',
		bySegmentNote: '比较一条规则在各RFM分群、地区或渠道中的强度，并查看某个分群内最强的规则。',
		compare: '比较分群',
		ruleChart: {
			support: (share: string, n: number) => `支持度 ${share}（${count(n)}个购物篮）`,
			confidence: (share: string) => `置信度 ${share}`,
			lift: (times: string) => `提升度 ${times}`,
			baskets: (n: number) => `${count(n)}个购物篮`,
			supportAxis: '支持度（占购物篮比例）',
			confidenceAxis: '置信度',
			liftLegend: '提升度'
		},
		heatmap: {
			together: (n: number) => `${count(n)}个购物篮同时购买`,
			lift: (times: string) => `提升度 ${times}`,
			belowChance: '低于随机水平',
			andMore: (times: string) => `${times}及以上`
		},
		settings: {
			label: '规则设置',
			basket: '购物篮',
			invoice: '一张发票',
			customerDay: '一位客户的一天',
			item: '分析对象',
			product: '商品',
			category: '品类',
			minSupport: '最低支持度',
			supportTitle: '项集至少要出现在多大比例的购物篮中',
			minConfidence: '最低置信度',
			confidenceTitle: '含左侧商品的购物篮中，同时含右侧商品的比例',
			minLift: '最低提升度',
			liftTitle: '是随机情况的几倍',
			upTo: '最多',
			items: '项',
			maxLenTitle: '最大项集大小',
			prune: '隐藏冗余规则',
			multi: '右侧允许多个商品'
		},
		table: {
			search: '查找商品…',
			searchLabel: '按商品查找规则',
			shown: (n: string) => `显示${n}条`,
			strongest: (n: string, total: string) => `（共${total}条规则中最强的${n}条）`,
			download: '下载CSV',
			columns: {
				if_bought: '购买了',
				then_buys: '也会买',
				count: '购物篮数',
				antecedent_count: '含左侧的购物篮数',
				consequent_count: '含右侧的购物篮数',
				support: '支持度',
				confidence: '置信度',
				lift: '提升度',
				leverage: '杠杆率',
				conviction: '确信度',
				zhang: 'Zhang指标'
			}
		},
		also: {
			product: '商品',
			inBaskets: (n: string, label: string) => `在含${label}的${n}个购物篮中，顾客还买了：`,
			alone: '没有其他商品：它总是被单独购买。',
			legend: '占这些购物篮的比例 · 是任意购物篮中的几倍'
		},
		segments: {
			by: '分群依据',
			rfm: 'RFM分群',
			rule: '规则',
			liftIn: (by: string) => `该规则在各${by}中的提升度`,
			chartLabel: '该规则在各分群中的提升度',
			none: '没有哪个分群的购物篮包含这些商品。',
			strongestWithin: '分群内最强的规则：',
			segment: '分群',
			summary: (baskets: string, rules: string) =>
				`${baskets}个购物篮 · 相同阈值下有${rules}条规则`,
			noPair: (lift: number) => `该分群中没有哪两种商品一起卖出的频率达到随机情况的${lift}倍。`,
			chart: {
				lift: (times: string) => `提升度 ${times}`,
				ofBaskets: (n: number, of: number, share: string) =>
					`${count(of)}个购物篮中有${count(n)}个（${share}）`,
				inSegment: (n: number) => `该分群共${count(n)}个购物篮`,
				axis: '提升度',
				overall: (times: string) => `全部购物篮 ${times}`
			}
		}
	}
);
