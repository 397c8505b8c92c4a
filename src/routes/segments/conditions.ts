import type { Condition, GroupNode, SegmentDefinition } from '$lib/analyses/segments/types';

/** A condition of the given kind with sensible first values, ready to edit. */
export function newCondition(kind: Condition['kind']): Condition {
	const months = (n: number) => ({ n, unit: 'month' as const });
	switch (kind) {
		case 'attribute':
			return { kind, column: 'branch', op: 'equals', values: [''] };
		case 'bought':
			return { kind, field: 'product_name', values: [], match: 'any', within: months(3) };
		case 'orders':
			return { kind, measure: 'orders', min: 2, max: null, within: months(12) };
		case 'first_purchase':
			return { kind, within: { n: 30, unit: 'day' } };
		case 'no_purchase':
			return { kind, within: { n: 90, unit: 'day' } };
		case 'anniversary':
			return { kind, field: 'birthday', period: 'month' };
		case 'no_contact':
			return { kind, within: months(3), types: [] };
		case 'campaign':
			return { kind, campaign: null, attended: false, within: months(6) };
	}
}

/** An empty definition: every customer, until conditions are added. */
export function emptyDefinition(name: string): SegmentDefinition {
	return { version: 1, name, root: { kind: 'group', op: 'and', children: [] } };
}

/** A copy of `group` with child `index` replaced (or removed when `next` is null). */
export function replaceChild(
	group: GroupNode,
	index: number,
	next: GroupNode['children'][number] | null
): GroupNode {
	const children = [...group.children];
	if (next) children[index] = next;
	else children.splice(index, 1);
	return { ...group, children };
}
