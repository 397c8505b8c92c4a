import type { ActionKey } from '$lib/analyses/actions/lists';
import { bilingual } from '$lib/i18n/locale.svelte';

/** What each list is, what to do with it, and what its two list-specific columns mean. */
interface ListText {
	title: string;
	action: string;
	date: string;
	detail: string;
	/** Why the list is empty-handed on this data. */
	missing: string;
	/** The list's date is the last purchase, so that column is not repeated. */
	dateIsLastPurchase?: boolean;
}

/** Typed as a record, so every list has the same optional fields. */
const texts = (lists: Record<ActionKey, ListText>) => lists;

/** Every user-facing string of the action lists, in both languages. */
export const MESSAGES = bilingual(
	{
		title: 'This week’s customer work',
		pageTitle: 'Action lists · Customer Lens',
		lede: 'Who to call, greet or win back, with the recommended action for each list. Every list follows the filter bar (for example your branch or your reps) and downloads as CSV.',
		asOf: 'As of',
		asOfNote: (weekFrom: string, weekTo: string, month: string) =>
			`This week: ${weekFrom} – ${weekTo} · This month: ${month} · Set “As of” to plan another week; by default it is the day after the last sale.`,
		latest: 'Use the latest data',
		customers: 'customers',
		view: 'View list',
		hide: 'Hide list',
		download: 'Download CSV',
		openSegment: 'Open in segment builder',
		unavailable: 'Not available in this data',
		counting: 'Counting…',
		listOf: (title: string, n: string) => `${title} · ${n} customers`,
		cards: 'Action lists',
		columns: {
			customer_id: 'Customer',
			name: 'Name',
			branch: 'Branch',
			owner_rep: 'Owner',
			last_purchase: 'Last purchase',
			revenue: 'Revenue',
			last_contact: 'Last contact'
		},
		exportTitle: (title: string, asOf: string) => `${title} as of ${asOf}`,
		exportAction: (action: string) => `Recommended action: ${action}`,
		lists: texts({
			birthdays: {
				title: 'Birthdays this month',
				action:
					'Send a birthday greeting with a member gift or voucher in the week of the birthday.',
				date: 'Birthday',
				detail: 'Turns',
				missing: 'The customers file has no birthday column.'
			},
			new_this_week: {
				title: 'New this week',
				action:
					'Welcome call within 48 hours: thank them, explain member benefits, ask what they came for.',
				date: 'Joined',
				detail: 'Orders so far',
				missing: 'Needs transactions or a signup date.'
			},
			bought_this_week: {
				title: 'Bought this week',
				action: 'Thank-you message; check delivery and satisfaction; suggest what goes with it.',
				date: 'Last purchase',
				detail: 'Bought this week',
				missing: 'Needs transactions.',
				dateIsLastPurchase: true
			},
			owner_changed: {
				title: 'Owner changed this week',
				action:
					'The new owner introduces themselves and reviews the customer’s history before the call.',
				date: 'Changed on',
				detail: 'Now with',
				missing:
					'Needs an owner-change history: activities of type “owner_change”, dated when the customer moved to their current owner.'
			},
			replenishment: {
				title: 'Replenishment due',
				action:
					'Remind them before their usual re-order window closes and offer to reorder (from the strongest “bought A, then B” patterns).',
				date: 'Contact by',
				detail: 'Product to offer',
				missing: 'Needs transactions.'
			},
			not_contacted: {
				title: 'Not contacted for 3 months',
				action: 'Check-in call, most valuable first: share what is new and ask for feedback.',
				date: 'Last contact',
				detail: 'Last contact type',
				missing: 'Needs an activities file (calls, visits, emails, campaigns).'
			},
			at_risk: {
				title: 'Valuable but at risk',
				action:
					'Personal call from the owner this week: find out why they went quiet; offer a reason to come back.',
				date: 'Last purchase',
				detail: 'Usual gap (days)',
				missing: 'Needs transactions.',
				dateIsLastPurchase: true
			}
		})
	},
	{
		title: '本周客户工作',
		pageTitle: '行动清单 · Customer Lens',
		lede: '该给谁打电话、送祝福或挽回，每个清单都附推荐动作。所有清单都跟随筛选栏（例如你的门店或你的销售），并可下载为CSV。',
		asOf: '基准日',
		asOfNote: (weekFrom: string, weekTo: string, month: string) =>
			`本周：${weekFrom} – ${weekTo} · 本月：${month} · 修改“基准日”可规划其他周；默认为最后一笔销售的次日。`,
		latest: '使用最新数据',
		customers: '位客户',
		view: '查看清单',
		hide: '收起清单',
		download: '下载CSV',
		openSegment: '在自定义分群中打开',
		unavailable: '当前数据不支持',
		counting: '计数中…',
		listOf: (title: string, n: string) => `${title} · ${n}位客户`,
		cards: '行动清单',
		columns: {
			customer_id: '客户编号',
			name: '姓名',
			branch: '门店',
			owner_rep: '负责人',
			last_purchase: '最近一次购买',
			revenue: '消费金额',
			last_contact: '最近一次联系'
		},
		exportTitle: (title: string, asOf: string) => `${title}（基准日：${asOf}）`,
		exportAction: (action: string) => `推荐动作：${action}`,
		lists: texts({
			birthdays: {
				title: '本月生日',
				action: '在生日当周送上生日祝福，附会员礼品或优惠券。',
				date: '生日',
				detail: '周岁',
				missing: '客户文件中没有生日列。'
			},
			new_this_week: {
				title: '本周新客',
				action: '48小时内致电欢迎：表示感谢，介绍会员权益，了解客户来意。',
				date: '加入日期',
				detail: '已下单数',
				missing: '需要交易记录或注册日期。'
			},
			bought_this_week: {
				title: '本周有购买',
				action: '发送感谢信息；确认配送和满意度；推荐搭配商品。',
				date: '最近一次购买',
				detail: '本周购买',
				missing: '需要交易记录。',
				dateIsLastPurchase: true
			},
			owner_changed: {
				title: '本周更换负责人',
				action: '新负责人致电前先了解客户的购买历史，并在电话中做自我介绍。',
				date: '变更日期',
				detail: '现负责人',
				missing:
					'需要负责人变更记录：类型为“owner_change”的跟进记录，日期为客户转到当前负责人的那天。'
			},
			replenishment: {
				title: '待复购提醒',
				action: '在客户惯常的复购周期结束前提醒，并主动帮其下单（依据最强的“先买A、再买B”规律）。',
				date: '最晚联系日',
				detail: '推荐商品',
				missing: '需要交易记录。'
			},
			not_contacted: {
				title: '3个月未联系',
				action: '回访电话，从最有价值的客户开始：分享新动态并征求反馈。',
				date: '最近一次联系',
				detail: '最近一次联系方式',
				missing: '需要跟进记录文件（电话、拜访、邮件、活动）。'
			},
			at_risk: {
				title: '高价值但有流失风险',
				action: '负责人本周亲自致电：了解客户沉寂的原因，给出回来的理由。',
				date: '最近一次购买',
				detail: '惯常间隔（天）',
				missing: '需要交易记录。',
				dateIsLastPurchase: true
			}
		})
	}
);
