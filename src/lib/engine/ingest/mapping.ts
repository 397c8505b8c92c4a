/**
 * Automatic mapping of a file's headers onto the canonical fields (schema.ts), in English and
 * Chinese, and the guess of which canonical table a file feeds.
 */
import { FIELDS, type TableName } from '../schema';

/** Canonical field name → source header (null when the file has no such column). */
type Mapping = Record<string, string | null>;

interface MappingResult {
	/** Every canonical field of the table, mapped to a header or null. */
	fields: Mapping;
	/**
	 * True when the header mapped to `cost` is a per-unit cost (UnitCost, 单位成本, 成本价), so
	 * ingest multiplies it by quantity to get the line cost the schema expects.
	 */
	costIsPerUnit: boolean;
}

const CUSTOMER_ID = [
	'CustomerID',
	'Customer ID',
	'Customer',
	'Customer No',
	'Customer Number',
	'Member ID',
	'Member No',
	'Client ID',
	'User ID',
	'客户编号',
	'会员卡号',
	'客户ID',
	'会员号',
	'客户号',
	'会员编号',
	'会员ID',
	'用户ID',
	// Member, card, user and buyer numbers: below every customer column above, so they map only
	// when the file has no better one (the Kaggle groceries export has Member_number alone).
	'Member Number',
	'Member',
	'Membership Number',
	'Membership ID',
	'Card Number',
	'Card No',
	'Card ID',
	'Loyalty Card',
	'User',
	'Buyer ID',
	'Buyer',
	'Client',
	'会员卡',
	'会员',
	'卡号',
	'用户编号',
	'用户',
	'买家ID',
	'买家',
	'客户'
];

/**
 * Synonyms too general to match as part of a longer header: "Member Level" is a membership tier,
 * "Card Type" or "客户经理" no customer id.
 */
const EXACT_ONLY = new Set(
	['Member', 'User', 'Buyer', 'Client', '会员', '用户', '买家', '客户', '会员卡'].map(normalize)
);

/** Synonyms per table and field, best first: the rank breaks ties between two matching headers. */
export const SYNONYMS: Record<TableName, Record<string, readonly string[]>> = {
	transactions: {
		invoice_id: [
			'InvoiceNo',
			'Invoice',
			'Invoice ID',
			'Invoice Number',
			'Order ID',
			'OrderNo',
			'Order Number',
			'Order',
			'Transaction ID',
			'Receipt No',
			'订单号',
			'单号',
			'订单编号',
			'发票号',
			'交易号',
			'流水号'
		],
		customer_id: CUSTOMER_ID,
		ts: [
			'InvoiceDate',
			'Date',
			'Order Date',
			'Purchase Date',
			'Timestamp',
			'Transaction Date',
			'Sale Date',
			'Datetime',
			'Time',
			'日期',
			'购买时间',
			'下单时间',
			'交易时间',
			'订单日期',
			'交易日期',
			'销售日期',
			'时间'
		],
		product_id: [
			'StockCode',
			'SKU',
			'Product ID',
			'Item Code',
			'Product Code',
			'Item ID',
			'Item No',
			'商品编码',
			'货号',
			'产品编号',
			'商品编号',
			'商品ID'
		],
		product_name: [
			'Description',
			'Product',
			'Product Name',
			'Item',
			'Item Name',
			'Item Description',
			'商品名称',
			'品名',
			'产品名称',
			'商品名',
			'商品'
		],
		category: ['Category', 'Product Category', 'Department', '类别', '品类', '分类', '商品类别'],
		quantity: ['Quantity', 'Qty', 'number_of_cds', 'Units', '数量', '件数', '销量'],
		unit_price: ['UnitPrice', 'Price', 'Unit Price', 'Sale Price', '单价', '售价', '价格'],
		amount: [
			'Amount',
			'Total',
			'Sales',
			'Revenue',
			'Line Total',
			'dollar_value',
			'Total Amount',
			'Sales Amount',
			'金额',
			'总价',
			'销售额',
			'实付金额',
			'总金额'
		],
		cost: [
			'UnitCost',
			'Cost',
			'Unit Cost',
			'Cost Price',
			'Line Cost',
			'Total Cost',
			'COGS',
			'成本',
			'单位成本',
			'成本价',
			'总成本'
		],
		is_return: ['IsReturn', 'Is Return', 'Returned', 'Return', 'Return Flag', '是否退货', '退货']
	},
	customers: {
		customer_id: CUSTOMER_ID,
		name: [
			'Name',
			'Customer Name',
			'Full Name',
			'Client Name',
			'姓名',
			'客户名称',
			'客户姓名',
			'会员姓名',
			'名称'
		],
		region: ['Region', 'City', 'Area', 'Province', 'State', '地区', '区域', '城市', '省份'],
		branch: ['Branch', 'Store', 'Shop', 'Outlet', '门店', '分公司', '网点', '店铺', '分店'],
		owner_rep: [
			'OwnerRep',
			'Owner',
			'Sales Rep',
			'Rep',
			'Account Manager',
			'Salesperson',
			'业务员',
			'负责人',
			'客户经理',
			'销售员'
		],
		channel: [
			'Channel',
			'Acquisition Channel',
			'Source',
			'Acquisition Source',
			'渠道',
			'来源',
			'获客渠道'
		],
		membership: [
			'Membership',
			'Tier',
			'Level',
			'Member Level',
			'Membership Level',
			'Loyalty Tier',
			'会员等级',
			'会员级别',
			'等级'
		],
		birthday: ['Birthday', 'Birth Date', 'DOB', 'Date of Birth', '生日', '出生日期'],
		signup_date: [
			'SignupDate',
			'Join Date',
			'Signup',
			'Registered',
			'Signup Date',
			'Registration Date',
			'Joined',
			'注册日期',
			'入会日期',
			'注册时间',
			'开卡日期'
		],
		churned: [
			'Churned',
			'Churn',
			'Churn Label',
			'Churn Value',
			'Churn Flag',
			'Exited',
			'Attrition Flag',
			'是否流失',
			'流失'
		],
		churn_date: ['ChurnDate', 'Churn Date', 'Cancel Date', 'Cancellation Date', '流失日期'],
		churn_reason: ['ChurnReason', 'Churn Reason', 'Reason', 'Cancel Reason', '流失原因']
	},
	activities: {
		customer_id: CUSTOMER_ID,
		ts: [
			'Date',
			'Timestamp',
			'Activity Date',
			'Contact Date',
			'Datetime',
			'Time',
			'日期',
			'时间',
			'活动日期',
			'联系时间'
		],
		type: ['Type', 'Activity', 'Contact Type', 'Activity Type', '类型', '活动类型', '联系方式'],
		campaign: ['Campaign', 'Campaign Name', '活动', '活动名称']
	}
};

const PER_UNIT_COST = new Set(
	['unitcost', 'costprice', '单位成本', '成本价', '单件成本'].map(normalize)
);

/** Case-, width-, space- and punctuation-insensitive form of a header for comparison. */
export function normalize(header: string): string {
	return header
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-./()#:'"]/g, '');
}

const isCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

// A fuzzy match is wrong when the rest of the header names a different kind of value:
// "Churn Score" is no churn flag, "Invoice Date" no invoice id, "Customer Name" no customer id.
const OTHER_MEANING = new Set(
	['score', 'reason', 'rate', 'count', 'probability', 'prob', 'percent', 'pct', 'date', 'time']
		.concat(['month', 'months', 'year', 'years', 'days', 'type', 'name', 'label', 'flag'])
		.concat(['原因', '日期', '时间', '名称', '类型', '次数'])
);

/** How well `header` matches `synonym`: 1000-ish exact, 500-ish prefix/suffix, 0 none. */
function score(header: string, synonym: string, rank: number): number {
	if (!header || !synonym) return 0;
	if (header === synonym) return 1000 - rank;
	if (EXACT_ONLY.has(synonym)) return 0;
	// A short synonym such as "rep" or "id" would match too much as a fragment.
	const min = isCjk(synonym) ? 2 : 4;
	if (synonym.length < min) return 0;
	let rest: string | null = null;
	if (header.startsWith(synonym)) rest = header.slice(synonym.length);
	else if (header.endsWith(synonym)) rest = header.slice(0, -synonym.length);
	if (rest === null || OTHER_MEANING.has(rest)) return 0;
	return 500 + synonym.length * 4 - rank;
}

/** Map the headers onto `table`'s canonical fields: exact synonyms first, then prefix/suffix. */
export function autoMap(headers: readonly string[], table: TableName): MappingResult {
	const norm = headers.map(normalize);
	const candidates: { field: string; header: number; score: number; order: number }[] = [];
	const specs = FIELDS[table];
	specs.forEach((spec, fieldOrder) => {
		const synonyms = (SYNONYMS[table][spec.name] ?? []).map(normalize);
		norm.forEach((h, i) => {
			const best = Math.max(0, ...synonyms.map((s, rank) => score(h, s, rank)));
			if (best > 0)
				candidates.push({ field: spec.name, header: i, score: best, order: fieldOrder });
		});
	});
	candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.header - b.header);
	const fields: Mapping = Object.fromEntries(specs.map((s) => [s.name, null]));
	const used = new Set<number>();
	for (const c of candidates) {
		if (fields[c.field] !== null || used.has(c.header)) continue;
		fields[c.field] = headers[c.header];
		used.add(c.header);
	}
	// Items named but not coded (a basket export of product names): the name is the product key.
	if (table === 'transactions' && fields.product_id === null)
		fields.product_id = fields.product_name;
	const cost = fields.cost;
	const costIsPerUnit = cost !== undefined && cost !== null && isPerUnitCost(cost);
	return { fields, costIsPerUnit };
}

/** True when a cost header names a per-unit cost rather than a line total. */
export function isPerUnitCost(header: string): boolean {
	const h = normalize(header);
	return (
		PER_UNIT_COST.has(h) || h.startsWith('unit') || h.includes('perunit') || h.startsWith('单位')
	);
}

function matches(
	header: string,
	table: TableName,
	fields: readonly string[],
	fuzzy: boolean
): boolean {
	return fields.some((f) =>
		(SYNONYMS[table][f] ?? []).some((s, rank) => {
			const v = score(header, normalize(s), rank);
			return fuzzy ? v > 0 : v >= 900;
		})
	);
}

/**
 * Which table a file feeds: transactions when it has a date and a product, quantity, price or
 * amount column; activities when it has a date and a type or campaign column; else customers.
 */
export function guessTable(headers: readonly string[]): TableName {
	const norm = headers.map(normalize);
	// A customer's own dates (birthday, signup, churn) do not make a file a transaction log.
	const customerDate = (h: string) =>
		matches(h, 'customers', ['birthday', 'signup_date', 'churn_date'], false);
	const dateLike = (table: TableName) =>
		norm.some((h) => !customerDate(h) && matches(h, table, ['ts'], true));
	const has = (table: TableName, fields: string[]) =>
		norm.some((h) => matches(h, table, fields, false));
	if (
		dateLike('transactions') &&
		has('transactions', ['product_id', 'product_name', 'quantity', 'unit_price', 'amount'])
	) {
		return 'transactions';
	}
	if (dateLike('activities') && has('activities', ['type', 'campaign'])) return 'activities';
	return 'customers';
}

/** True when a header cell is a known synonym of any canonical field (for header detection). */
export function isKnownHeader(cell: string): boolean {
	const h = normalize(cell);
	if (!h) return false;
	return Object.values(SYNONYMS).some((fields) =>
		Object.values(fields).some((list) => list.some((s) => normalize(s) === h))
	);
}

/**
 * A stable key for a header row, independent of column order, so a mapping the user confirmed
 * can be offered again for the next file with the same columns.
 */
export function headerKey(headers: readonly string[]): string {
	const text = headers
		.map((h) => h.trim())
		.sort()
		.join('\u001f');
	return `h${headers.length}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
