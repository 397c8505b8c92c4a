import { liftNumber, times } from '$lib/analyses/basket/story';
import { count } from '$lib/format';
import { bilingual } from '$lib/i18n/locale.svelte';

/** Every user-facing string of the sequences page and its due list, in both languages. */
export const MESSAGES = bilingual(
	{
		pageTitle: 'Bought after & due · Customer Lens',
		title: 'What customers buy next, and who is due now',
		headline: (share: string, a: string, n: string, of: string, b: string, days: string) =>
			`${share} of ${a} buyers (${n} of ${of}) buy ${b} within ${days} days`,
		typically: (median: string, lift: number) =>
			`, typically ${median} days later — ${times(lift)} as often as customers at large.`,
		again: (days: string) => `They buy it again about every ${days} days.`,
		callNow:
			'Call before they buy elsewhere: the list below holds the customers inside the usual window today.',
		noPair:
			'No product is followed by another often enough: lower the minimum number of customers.',
		within: 'Within',
		days: 'days',
		atLeast: 'At least',
		perPair: 'customers per pair',
		pair: 'Pair',
		due: 'Replenishment due',
		dueFor: (b: string) => `Due for ${b} now`,
		lagTitle: (a: string, b: string) => `Days from ${a} to the first ${b}`,
		lagLabel: 'Histogram of days between the two purchases',
		lag: {
			daysAfter: (range: string) => `${range} days after`,
			customers: (n: number) => `${count(n)} customers`,
			xAxis: 'Days after the first purchase',
			yAxis: 'Customers',
			window: (from: number, to: number) => `usual window ${from}–${to} days`
		},
		pairs: 'Strongest "bought A, then B" pairs',
		pairsNote: (pairs: string, customers: string) =>
			`${pairs} pairs among ${customers} customers; the 20 most above the base rate. Pick one above to see its timing and who is due.`,
		columns: {
			antecedent: 'First bought',
			consequent: 'then bought',
			customers_then_b: 'Customers',
			share: 'of buyers',
			lift: 'vs. all',
			median_lag: 'Median days',
			window: 'Usual window'
		},
		windowDays: (from: number, to: number) => `${from}–${to} days`,
		dueList: {
			summary: (n: string, b: string) => `${n} customers are due for ${b} now.`,
			first: (n: string, a: string, b: string, from: number, to: number, median: number) =>
				`${n} bought ${a} and have not bought ${b} since: most buyers get it ${from}–${to} days after (median ${median}).`,
			repeat: (n: string, b: string, from: number, to: number, median: number) =>
				`${n} are due to buy ${b} again: it is usually re-bought every ${from}–${to} days (median ${median}).`,
			asOf: (day: string) => `As of ${day}; customers flagged as churned are left out.`,
			download: 'Download CSV',
			bought: (a: string) => `bought ${a}`,
			rebuys: (b: string) => `re-buys ${b}`,
			columns: {
				customer_id: 'Customer',
				name: 'Name',
				trigger: 'Why',
				trigger_date: 'Last bought',
				days_since: 'Days ago',
				days_left: 'Days left',
				due_by: 'Contact by',
				action: 'Recommended action'
			}
		}
	},
	{
		pageTitle: '购买顺序与到期 · Customer Lens',
		title: '客户接下来会买什么，现在该联系谁',
		headline: (share: string, a: string, n: string, of: string, b: string, days: string) =>
			`购买${a}的客户中有${share}（${of}人中的${n}人）在${days}天内购买了${b}`,
		typically: (median: string, lift: number) =>
			`，通常在${median}天后，比例是全体客户的${liftNumber(lift)}倍。`,
		again: (days: string) => `他们大约每${days}天会再买一次。`,
		callNow: '赶在客户去别处购买之前联系：下方清单是今天正处于惯常购买窗口内的客户。',
		noPair: '没有哪种商品之后足够频繁地接着购买另一种商品：请降低每对商品的最少客户数。',
		within: '在',
		days: '天内',
		atLeast: '每对至少',
		perPair: '位客户',
		pair: '商品对',
		due: '待复购提醒',
		dueFor: (b: string) => `现在该买${b}的客户`,
		lagTitle: (a: string, b: string) => `从购买${a}到首次购买${b}的天数`,
		lagLabel: '两次购买间隔天数的直方图',
		lag: {
			daysAfter: (range: string) => `之后${range}天`,
			customers: (n: number) => `${count(n)}位客户`,
			xAxis: '首次购买后的天数',
			yAxis: '客户数',
			window: (from: number, to: number) => `惯常窗口${from}–${to}天`
		},
		pairs: '最强的“先买A、再买B”组合',
		pairsNote: (pairs: string, customers: string) =>
			`${customers}位客户中共有${pairs}个组合；这里列出高出基准最多的20个。在上方选择一个组合，可查看时间分布和该联系的客户。`,
		columns: {
			antecedent: '先购买',
			consequent: '再购买',
			customers_then_b: '客户数',
			share: '占购买者',
			lift: '相对全体',
			median_lag: '中位天数',
			window: '惯常窗口'
		},
		windowDays: (from: number, to: number) => `${from}–${to}天`,
		dueList: {
			summary: (n: string, b: string) => `${n}位客户现在该买${b}了。`,
			first: (n: string, a: string, b: string, from: number, to: number, median: number) =>
				`${n}位买过${a}、之后还没买${b}：多数客户在${from}–${to}天后购买（中位数${median}天）。`,
			repeat: (n: string, b: string, from: number, to: number, median: number) =>
				`${n}位该再次购买${b}了：通常每${from}–${to}天复购一次（中位数${median}天）。`,
			asOf: (day: string) => `截至${day}；已标记为流失的客户不在其中。`,
			download: '下载CSV',
			bought: (a: string) => `购买了${a}`,
			rebuys: (b: string) => `复购${b}`,
			columns: {
				customer_id: '客户编号',
				name: '姓名',
				trigger: '原因',
				trigger_date: '最近购买日',
				days_since: '距今天数',
				days_left: '剩余天数',
				due_by: '最晚联系日',
				action: '推荐动作'
			}
		}
	}
);
