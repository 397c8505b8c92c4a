import type { ActionKey } from '$lib/analyses/actions/lists';

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

/** Every user-facing string of the action lists, in one object so a translation can replace it. */
export const M = {
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
			action: 'Send a birthday greeting with a member gift or voucher in the week of the birthday.',
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
};
