import type { SegmentDefinition } from './types';

/**
 * The seed example of the issue, buildable on the demo data: Shanghai branch, owned by Li Na,
 * bought both the water purifier and propolis in the last 3 months, no campaign in the last 6.
 */
export const SEED_SEGMENT: SegmentDefinition = {
	version: 1,
	name: 'Shanghai · Li Na · purifier + propolis, no recent campaign',
	root: {
		kind: 'group',
		op: 'and',
		children: [
			{ kind: 'attribute', column: 'branch', op: 'equals', values: ['Shanghai'] },
			{ kind: 'attribute', column: 'owner_rep', op: 'equals', values: ['Li Na'] },
			{
				kind: 'bought',
				field: 'product_name',
				values: ['Water Purifier', 'Propolis'],
				match: 'all',
				within: { n: 3, unit: 'month' }
			},
			{
				kind: 'campaign',
				campaign: null,
				attended: false,
				within: { n: 6, unit: 'month' }
			}
		]
	}
};
