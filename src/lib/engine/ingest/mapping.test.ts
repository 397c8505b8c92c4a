import { describe, expect, it } from 'vitest';
import { FIELDS, type TableName } from '../schema';
import {
	autoMap,
	guessTable,
	headerKey,
	isKnownHeader,
	isPerUnitCost,
	normalize,
	SYNONYMS
} from './mapping';

const split = (s: string, sep = ',') => s.split(sep).map((h) => h.trim());

const ONLINE_RETAIL = split(
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
);
const TELCO = split(
	'CustomerID, Count, Country, State, City, Zip Code, Lat Long, Latitude, Longitude, Gender, ' +
		'Senior Citizen, Partner, Dependents, Tenure Months, Phone Service, Multiple Lines, ' +
		'Internet Service, Online Security, Online Backup, Device Protection, Tech Support, ' +
		'Streaming TV, Streaming Movies, Contract, Paperless Billing, Payment Method, ' +
		'Monthly Charges, Total Charges, Churn Label, Churn Value, Churn Score, CLTV, Churn Reason'
);
const CDNOW = split('customer_id date number_of_cds dollar_value', ' ');
const DEMO_TRANSACTIONS = split(
	'InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Category,Quantity,UnitPrice,UnitCost,Branch'
);
const DEMO_CUSTOMERS = split(
	'CustomerID,Name,Region,Branch,OwnerRep,Channel,Membership,Birthday,SignupDate,Churned,ChurnDate,ChurnReason'
);
const DEMO_ACTIVITIES = split('CustomerID,Date,Type,Campaign');
const CHINESE = split('订单号,会员卡号,下单时间,商品编码,品名,数量,单价,金额,门店');

interface Case {
	name: string;
	headers: string[];
	table: TableName;
	/** The non-null part of the mapping. */
	fields: Record<string, string>;
	costIsPerUnit?: boolean;
}

const CASES: Case[] = [
	{
		name: 'Online Retail',
		headers: ONLINE_RETAIL,
		table: 'transactions',
		fields: {
			invoice_id: 'InvoiceNo',
			customer_id: 'CustomerID',
			ts: 'InvoiceDate',
			product_id: 'StockCode',
			product_name: 'Description',
			quantity: 'Quantity',
			unit_price: 'UnitPrice'
		}
	},
	{
		name: 'IBM telco churn',
		headers: TELCO,
		table: 'customers',
		fields: {
			customer_id: 'CustomerID',
			region: 'City',
			churned: 'Churn Label',
			churn_reason: 'Churn Reason'
		}
	},
	{
		name: 'CDNOW master',
		headers: CDNOW,
		table: 'transactions',
		fields: {
			customer_id: 'customer_id',
			ts: 'date',
			quantity: 'number_of_cds',
			amount: 'dollar_value'
		}
	},
	{
		name: 'demo transactions',
		headers: DEMO_TRANSACTIONS,
		table: 'transactions',
		fields: {
			invoice_id: 'InvoiceNo',
			customer_id: 'CustomerID',
			ts: 'InvoiceDate',
			product_id: 'StockCode',
			product_name: 'Description',
			category: 'Category',
			quantity: 'Quantity',
			unit_price: 'UnitPrice',
			cost: 'UnitCost'
		},
		costIsPerUnit: true
	},
	{
		name: 'demo customers',
		headers: DEMO_CUSTOMERS,
		table: 'customers',
		fields: {
			customer_id: 'CustomerID',
			name: 'Name',
			region: 'Region',
			branch: 'Branch',
			owner_rep: 'OwnerRep',
			channel: 'Channel',
			membership: 'Membership',
			birthday: 'Birthday',
			signup_date: 'SignupDate',
			churned: 'Churned',
			churn_date: 'ChurnDate',
			churn_reason: 'ChurnReason'
		}
	},
	{
		name: 'demo activities',
		headers: DEMO_ACTIVITIES,
		table: 'activities',
		fields: { customer_id: 'CustomerID', ts: 'Date', type: 'Type', campaign: 'Campaign' }
	},
	{
		name: 'Chinese POS export',
		headers: CHINESE,
		table: 'transactions',
		fields: {
			invoice_id: '订单号',
			customer_id: '会员卡号',
			ts: '下单时间',
			product_id: '商品编码',
			product_name: '品名',
			quantity: '数量',
			unit_price: '单价',
			amount: '金额'
		}
	},
	{
		name: 'spaced, cased and underscored variants',
		headers: [
			'order_id',
			'CUSTOMER ID',
			'order-date',
			'sku',
			'Unit Price',
			'QTY',
			'Line Total',
			'Cost'
		],
		table: 'transactions',
		fields: {
			invoice_id: 'order_id',
			customer_id: 'CUSTOMER ID',
			ts: 'order-date',
			product_id: 'sku',
			unit_price: 'Unit Price',
			quantity: 'QTY',
			amount: 'Line Total',
			cost: 'Cost'
		},
		costIsPerUnit: false
	},
	{
		name: 'Chinese unit cost',
		headers: ['单号', '客户ID', '交易时间', '货号', '商品名称', '类别', '数量', '售价', '单位成本'],
		table: 'transactions',
		fields: {
			invoice_id: '单号',
			customer_id: '客户ID',
			ts: '交易时间',
			product_id: '货号',
			product_name: '商品名称',
			category: '类别',
			quantity: '数量',
			unit_price: '售价',
			cost: '单位成本'
		},
		costIsPerUnit: true
	},
	{
		name: 'prefix/suffix matches when nothing is exact',
		headers: ['Customer ID (CRM)', 'Order Date UTC', 'Sales Amount EUR'],
		table: 'transactions',
		fields: {
			customer_id: 'Customer ID (CRM)',
			ts: 'Order Date UTC',
			amount: 'Sales Amount EUR'
		}
	},
	{
		name: 'neither Churn Reason nor Churn Score becomes the churn flag',
		headers: ['id', 'Churn Reason', 'Churn Score'],
		table: 'customers',
		fields: { churn_reason: 'Churn Reason' }
	},
	{
		name: 'Chinese customer master',
		headers: split(
			'客户编号,姓名,城市,门店,业务员,渠道,会员等级,生日,注册日期,是否流失,流失日期,流失原因'
		),
		table: 'customers',
		fields: {
			customer_id: '客户编号',
			name: '姓名',
			region: '城市',
			branch: '门店',
			owner_rep: '业务员',
			channel: '渠道',
			membership: '会员等级',
			birthday: '生日',
			signup_date: '注册日期',
			churned: '是否流失',
			churn_date: '流失日期',
			churn_reason: '流失原因'
		}
	},
	{
		name: 'Chinese activities',
		headers: ['会员号', '时间', '活动类型', '活动名称'],
		table: 'activities',
		fields: { customer_id: '会员号', ts: '时间', type: '活动类型', campaign: '活动名称' }
	}
];

describe('autoMap', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
		const m = autoMap(c.headers, c.table);
		expect(Object.keys(m.fields)).toEqual(FIELDS[c.table].map((f) => f.name));
		const mapped = Object.fromEntries(Object.entries(m.fields).filter(([, h]) => h !== null));
		expect(mapped).toEqual(c.fields);
		expect(m.costIsPerUnit).toBe(c.costIsPerUnit ?? false);
	});

	it('uses each header at most once', () => {
		for (const c of CASES) {
			const used = Object.values(autoMap(c.headers, c.table).fields).filter((h) => h !== null);
			expect(new Set(used).size).toBe(used.length);
		}
	});

	it('prefers the better synonym when two headers match', () => {
		expect(autoMap(['Churn Value', 'Churn Label'], 'customers').fields.churned).toBe('Churn Label');
		expect(autoMap(['Price', 'UnitPrice'], 'transactions').fields.unit_price).toBe('UnitPrice');
		expect(autoMap(['Store', 'Branch'], 'customers').fields.branch).toBe('Branch');
	});

	it.each<[string[], TableName, string, string | null]>([
		[['Invoice Date'], 'transactions', 'invoice_id', null],
		[['Customer Name', 'Cust'], 'customers', 'customer_id', null],
		[['Customer Code'], 'customers', 'customer_id', 'Customer Code'],
		[['Churn Flag'], 'customers', 'churned', 'Churn Flag'],
		[['Churn Date'], 'customers', 'churned', null]
	])('fuzzy %j in %s: %s ← %j', (headers, table, field, header) => {
		expect(autoMap(headers, table).fields[field]).toBe(header);
	});

	it.each<[string[], string]>([
		[['Member_number', 'Date', 'itemDescription'], 'Member_number'],
		[['member', 'date', 'item'], 'member'],
		[['会员号', '日期', '商品'], '会员号'],
		[['卡号', '交易日期', '商品名称'], '卡号'],
		[['user_id', 'timestamp', 'product'], 'user_id'],
		[['buyer', 'order date', 'sku'], 'buyer'],
		[['客户', '日期', '商品编码'], '客户'],
		[['买家', '日期', '品名'], '买家']
	])('maps the member, card, user or buyer column of %j to customer_id', (headers, member) => {
		expect(autoMap(headers, 'transactions').fields.customer_id).toBe(member);
		expect(guessTable(headers)).toBe('transactions');
	});

	it('prefers a customer column to a member or card number', () => {
		const headers = ['Card Number', 'Member', 'CustomerID', 'Date', 'SKU'];
		expect(autoMap(headers, 'transactions').fields.customer_id).toBe('CustomerID');
		expect(autoMap(['Card No', 'Buyer', 'Date'], 'transactions').fields.customer_id).toBe(
			'Card No'
		);
	});

	it('does not take a member level, card type or account manager for a customer id', () => {
		for (const h of ['Member Level', 'Card Type', '客户经理', '会员等级', 'User Agent'])
			expect(autoMap([h], 'transactions').fields.customer_id, h).toBeNull();
		expect(autoMap(['Member Level', 'Member'], 'customers').fields).toMatchObject({
			customer_id: 'Member',
			membership: 'Member Level'
		});
	});

	it('keys products by name when the file has names but no codes', () => {
		const named = autoMap(['Member_number', 'Date', 'itemDescription'], 'transactions').fields;
		expect([named.product_id, named.product_name]).toEqual(['itemDescription', 'itemDescription']);
		const coded = autoMap(['SKU', 'Description', 'Date'], 'transactions').fields;
		expect([coded.product_id, coded.product_name]).toEqual(['SKU', 'Description']);
	});

	it('maps nothing from unrelated headers', () => {
		const m = autoMap(['foo', 'bar', 'Zip Code'], 'transactions');
		expect(Object.values(m.fields).every((h) => h === null)).toBe(true);
	});
});

describe('guessTable', () => {
	it.each<[string, string[], TableName]>([
		['Online Retail', ONLINE_RETAIL, 'transactions'],
		['telco', TELCO, 'customers'],
		['CDNOW', CDNOW, 'transactions'],
		['demo transactions', DEMO_TRANSACTIONS, 'transactions'],
		['demo customers (dates, but a customer’s own)', DEMO_CUSTOMERS, 'customers'],
		['demo activities', DEMO_ACTIVITIES, 'activities'],
		['Chinese', CHINESE, 'transactions'],
		['contact log', ['Member ID', 'Contact Date', 'Contact Type'], 'activities'],
		['headerless', ['column1', 'column2', 'column3', 'column4'], 'customers'],
		['customers with spend but no date', ['CustomerID', 'Total Amount'], 'customers'],
		['customer type is not an activity type without a date', ['CustomerID', 'Type'], 'customers']
	])('%s → %s', (_, headers, table) => expect(guessTable(headers)).toBe(table));
});

describe('headerKey', () => {
	it('is stable, order-insensitive and trims', () => {
		expect(headerKey(['a', 'b'])).toBe(headerKey(['b', ' a ']));
		expect(headerKey(ONLINE_RETAIL)).toBe(headerKey([...ONLINE_RETAIL].reverse()));
		expect(headerKey(ONLINE_RETAIL)).toMatch(/^h8-[0-9a-f]{16}$/);
	});

	it('differs for different headers', () => {
		const keys = [
			ONLINE_RETAIL,
			TELCO,
			CDNOW,
			DEMO_TRANSACTIONS,
			DEMO_CUSTOMERS,
			DEMO_ACTIVITIES,
			CHINESE
		].map(headerKey);
		expect(new Set(keys).size).toBe(keys.length);
		expect(headerKey(['CustomerID'])).not.toBe(headerKey(['Customer ID']));
		expect(headerKey(['a,b'])).not.toBe(headerKey(['a', 'b']));
	});
});

describe('helpers', () => {
	it.each([
		['Customer ID', 'customerid'],
		['customer_id', 'customerid'],
		['ＣｕｓｔｏｍｅｒＩＤ', 'customerid'],
		['Order-Date', 'orderdate'],
		['订单 号', '订单号']
	])('normalize(%j) = %j', (h, n) => expect(normalize(h)).toBe(n));

	it.each([
		['UnitCost', true],
		['Unit Cost', true],
		['单位成本', true],
		['成本价', true],
		['Cost', false],
		['成本', false],
		['Line Cost', false]
	])('isPerUnitCost(%j) = %s', (h, v) => expect(isPerUnitCost(h)).toBe(v));

	it('knows every synonym as a header', () => {
		for (const fields of Object.values(SYNONYMS))
			for (const list of Object.values(fields))
				for (const s of list) expect(isKnownHeader(s)).toBe(true);
		expect(isKnownHeader('Zip Code')).toBe(false);
	});

	it('has synonyms only for real fields', () => {
		for (const [table, fields] of Object.entries(SYNONYMS)) {
			const names = FIELDS[table as TableName].map((f) => f.name);
			for (const f of Object.keys(fields)) expect(names).toContain(f);
		}
	});
});
