/**
 * The canonical schema every analysis reads. Ingest maps a user's columns onto these fields;
 * every other column of the file is kept beside them as a sliceable attribute.
 */

export type FieldType = 'id' | 'text' | 'timestamp' | 'date' | 'number' | 'boolean';

export interface FieldSpec {
	name: string;
	type: FieldType;
	/** Ingest rejects a row whose value for this field is missing or cannot be parsed. */
	required?: boolean;
	/** One sentence for the mapping screen. */
	description: string;
}

export type TableName = 'transactions' | 'customers' | 'activities';

const TRANSACTION_FIELDS: readonly FieldSpec[] = [
	{
		name: 'invoice_id',
		type: 'id',
		description: 'Invoice or order number; a leading C marks a cancellation'
	},
	{ name: 'customer_id', type: 'id', description: 'Customer or member id; empty for guest sales' },
	{ name: 'ts', type: 'timestamp', required: true, description: 'Date and time of the purchase' },
	{ name: 'product_id', type: 'id', description: 'Product code (SKU)' },
	{ name: 'product_name', type: 'text', description: 'Product description' },
	{ name: 'category', type: 'text', description: 'Product category' },
	{ name: 'quantity', type: 'number', description: 'Units; negative for returns' },
	{ name: 'unit_price', type: 'number', description: 'Price per unit' },
	{
		name: 'amount',
		type: 'number',
		description: 'Line revenue; quantity × unit price when absent'
	},
	{
		name: 'cost',
		type: 'number',
		description: 'Line cost, for profit (or mapped from a margin column)'
	},
	{
		name: 'is_return',
		type: 'boolean',
		description: 'Return or cancellation (derived when absent)'
	}
];

const CUSTOMER_FIELDS: readonly FieldSpec[] = [
	{ name: 'customer_id', type: 'id', required: true, description: 'Customer or member id' },
	{ name: 'name', type: 'text', description: 'Customer name' },
	{ name: 'region', type: 'text', description: 'Region or city' },
	{ name: 'branch', type: 'text', description: 'Branch or store' },
	{ name: 'owner_rep', type: 'text', description: 'Owning sales rep' },
	{ name: 'channel', type: 'text', description: 'Acquisition channel' },
	{ name: 'membership', type: 'text', description: 'Membership level' },
	{ name: 'birthday', type: 'date', description: 'Date of birth' },
	{ name: 'signup_date', type: 'date', description: 'Date the customer joined' },
	{ name: 'churned', type: 'boolean', description: 'Churn flag (Yes/No, 1/0, true/false, 是/否)' },
	{ name: 'churn_date', type: 'date', description: 'Date the customer left' },
	{ name: 'churn_reason', type: 'text', description: 'Why the customer left' }
];

const ACTIVITY_FIELDS: readonly FieldSpec[] = [
	{ name: 'customer_id', type: 'id', required: true, description: 'Customer or member id' },
	{ name: 'ts', type: 'timestamp', required: true, description: 'When the contact happened' },
	{ name: 'type', type: 'text', description: 'call, visit, email, campaign …' },
	{ name: 'campaign', type: 'text', description: 'Campaign name, for campaign attendance' }
];

export const FIELDS: Record<TableName, readonly FieldSpec[]> = {
	transactions: TRANSACTION_FIELDS,
	customers: CUSTOMER_FIELDS,
	activities: ACTIVITY_FIELDS
};

/** Columns that identify the row's source; ingest adds them to every canonical table. */
export const SOURCE_ROW = '_source_row';
