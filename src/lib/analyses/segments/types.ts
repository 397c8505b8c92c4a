/**
 * A segment is a tree of conditions on customers, combined in AND / OR / NOT groups. Every
 * time window ends the day before the as-of date and reaches back `n` days or months.
 */

/** The last `n` days or calendar months before the as-of date. */
export interface Period {
	n: number;
	unit: 'day' | 'month';
}

/** A customer column (canonical or any other column of the file): equals, in, contains, range. */
export interface AttributeCondition {
	kind: 'attribute';
	column: string;
	op: 'equals' | 'in' | 'contains' | 'range';
	/** equals, in (any of them), contains (the first; case-insensitive). */
	values: string[];
	/** range bounds, inclusive: numbers, `YYYY-MM-DD` dates, or text (compared as text). */
	min?: string | null;
	max?: string | null;
}

/** Bought any (or all) of the given products or categories, within a window or ever. */
interface BoughtCondition {
	kind: 'bought';
	field: 'product_name' | 'product_id' | 'category';
	values: string[];
	match: 'any' | 'all';
	within: Period | null;
}

/** Number of orders, or net amount, within inclusive bounds (within a window or ever). */
export interface OrdersCondition {
	kind: 'orders';
	measure: 'orders' | 'amount';
	min: number | null;
	max: number | null;
	within: Period | null;
}

/** First purchase ever falls within the window. */
interface FirstPurchaseCondition {
	kind: 'first_purchase';
	within: Period;
}

/** The birthday or signup anniversary falls in the as-of month, or in the 7 days from the as-of date. */
interface AnniversaryCondition {
	kind: 'anniversary';
	field: 'birthday' | 'signup_date';
	period: 'week' | 'month';
}

/** No purchase within the window (customers who never bought included). */
interface NoPurchaseCondition {
	kind: 'no_purchase';
	within: Period;
}

/** No activity of the given types (any type when empty) within the window. */
interface NoContactCondition {
	kind: 'no_contact';
	within: Period;
	types: string[];
}

/** Attended the named campaign (any campaign when null), or not, within the window. */
interface CampaignCondition {
	kind: 'campaign';
	campaign: string | null;
	attended: boolean;
	within: Period;
}

/** `and`: all of the children; `or`: any of them; `not`: none of them. */
export interface GroupNode {
	kind: 'group';
	op: 'and' | 'or' | 'not';
	children: SegmentNode[];
}

/** One leaf condition. */
export type Condition =
	| AttributeCondition
	| BoughtCondition
	| OrdersCondition
	| FirstPurchaseCondition
	| AnniversaryCondition
	| NoPurchaseCondition
	| NoContactCondition
	| CampaignCondition;

/** A node of the condition tree. */
export type SegmentNode = Condition | GroupNode;

/** A named segment as it is saved, shared in a URL, or given to the CLI as a JSON file. */
export interface SegmentDefinition {
	version: 1;
	name: string;
	/** `YYYY-MM-DD`; default the day after the last transaction. */
	as_of?: string;
	root: GroupNode;
}
