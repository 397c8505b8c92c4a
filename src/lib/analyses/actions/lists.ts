import { daysBefore } from '../segments/dates';
import type { GroupNode } from '../segments/types';

/** The action lists, in the order a week's work is planned. */
export const ACTION_KEYS = [
	'birthdays',
	'new_this_week',
	'bought_this_week',
	'owner_changed',
	'replenishment',
	'not_contacted',
	'at_risk'
] as const;

/** One of the action lists. */
export type ActionKey = (typeof ACTION_KEYS)[number];

/** Activity `type` that records a change of owning rep (case-insensitive); see README. */
export const OWNER_CHANGE_TYPE = 'owner_change';

/**
 * Lists that are segments: their condition tree at an as-of date, so the page can open them in
 * the segment builder and the tests can check them against the segment reference. "This week" is
 * the 7 days before the as-of date; "this month" the as-of date's calendar month.
 */
export function actionSegment(key: ActionKey, asOf: string): GroupNode | null {
	const week = { n: 7, unit: 'day' as const };
	switch (key) {
		case 'birthdays':
			return group('and', [{ kind: 'anniversary', field: 'birthday', period: 'month' }]);
		case 'new_this_week':
			return group('or', [
				{ kind: 'first_purchase', within: week },
				{
					kind: 'attribute',
					column: 'signup_date',
					op: 'range',
					values: [],
					min: daysBefore(asOf, 7),
					max: daysBefore(asOf, 1)
				}
			]);
		case 'bought_this_week':
			return group('and', [{ kind: 'orders', measure: 'orders', min: 1, max: null, within: week }]);
		case 'not_contacted':
			return group('and', [
				{ kind: 'no_contact', within: { n: 3, unit: 'month' }, types: [] },
				group('not', [{ kind: 'attribute', column: 'churned', op: 'equals', values: ['true'] }])
			]);
		default:
			return null;
	}
}

function group(op: GroupNode['op'], children: GroupNode['children']): GroupNode {
	return { kind: 'group', op, children };
}
