import { expectedZh, fieldDescriptionZh, ingestMessageZh } from '$lib/engine/ingest/messages';
import type { TableName } from '$lib/engine/schema';
import { bilingual } from '$lib/i18n/locale.svelte';

const ZH_TABLES: Record<string, string> = {
	transactions: '交易明细',
	customers: '客户',
	activities: '跟进记录'
};

/** Texts of the Data & quality page: the load report and the mapping form. */
export const MESSAGES = bilingual(
	{
		pageTitle: 'Data & quality · Customer Lens',
		title: 'Your data',
		lede: 'Load exports from your CRM, shop or ERP. Every row is accounted for: loaded, or rejected with the reason.',
		/** A table's name as the report shows it. */
		table: (table: string) => table,
		/** What ingest said (errors, warnings, reasons, labels), which it says in English. */
		ingest: (text: string) => text,
		expected: (expected: string) => expected,
		field: (description: string) => description,
		rowsRead: 'Rows read',
		rowsLoaded: 'Rows loaded',
		rowsRejected: 'Rows rejected',
		accounted: 'read = loaded + rejected ✓',
		mismatch: 'row accounting mismatch',
		customers: 'Customers',
		invoices: 'Invoices',
		firstPurchase: 'First purchase',
		lastPurchase: (date: string) => `last ${date}`,
		files: 'Files',
		fileColumns: {
			file: 'File',
			table: 'Loaded as',
			read: 'Read',
			loaded: 'Loaded',
			rejected: 'Rejected'
		},
		loadDemo: 'Load the demo data',
		removeMine: 'Remove my data from this browser',
		capabilities: 'What each analysis can use',
		checks: 'Checks',
		returns: (n: string) => `${n} return or cancellation lines (kept and flagged)`,
		guests: (n: string) => `${n} lines without a customer id (guest sales)`,
		duplicates: (n: string) => `${n} exact duplicate lines (kept)`,
		unparsed: (n: string, column: string, expected: string, example: string) =>
			`${n} values in ${column} not understood (expected ${expected}, e.g. “${example}”); left empty`,
		rejectedByReason: 'Rejected rows by reason',
		firstRejected: 'First rejected rows',
		rejectColumns: {
			file: 'File',
			line: 'Line',
			column: 'Column',
			value: 'Value',
			reason: 'Reason'
		},
		downloadRejects: 'Download all rejected rows (CSV)',
		nulls: 'Empty values per column',
		nullColumns: { table: 'Table', column: 'Column', nulls: 'Empty', rows: 'Rows' },
		mapping: {
			remembered: 'Using the mapping you confirmed for an earlier file with the same columns.',
			detected: (encoding: string, delimiter: string, header: boolean, container: string | null) =>
				`Detected: ${encoding}, ${delimiter}-separated, ${header ? 'with a header row' : 'no header row'}${container ? `, ${container}` : ''}.`,
			dates: (formats: string) => `Dates: ${formats}.`,
			workbook: (sheet: string, header: boolean) =>
				`Detected: Excel workbook, sheet “${sheet}”, ${header ? 'with a header row' : 'no header row'}.`,
			delimiters: {
				',': 'comma',
				';': 'semicolon',
				'\t': 'tab',
				'|': 'pipe',
				whitespace: 'spaces'
			} as Record<string, string>,
			holds: 'This file holds',
			tables: {
				transactions: 'transactions (line items)',
				customers: 'customers',
				activities: 'activities (calls, visits, campaigns)'
			} satisfies Record<TableName, string>,
			encoding: 'Encoding',
			sheet: 'Sheet',
			dateOrder: (field: string) => `Dates in ${field}`,
			notInFile: '— not in this file —',
			nonProduct: 'Lines that are not products (kept, flagged, left out of basket analysis)',
			codes: 'Product codes',
			pattern: 'or code/name matching',
			badPattern: (why: string) => `not a regular expression DuckDB can use: ${why}`,
			sample: 'First rows of the file',
			load: (table: TableName) => `Load ${table}`,
			discard: 'Discard',
			unmapped: 'Columns not mapped are kept as attributes you can slice by.'
		}
	},
	{
		pageTitle: '数据与质量 · Customer Lens',
		title: '你的数据',
		lede: '载入 CRM、网店或 ERP 的导出文件。每一行都有交代：要么已载入，要么注明了拒收原因。',
		table: (table: string) => ZH_TABLES[table] ?? table,
		ingest: ingestMessageZh,
		expected: expectedZh,
		field: fieldDescriptionZh,
		rowsRead: '读取行数',
		rowsLoaded: '载入行数',
		rowsRejected: '拒收行数',
		accounted: '读取 = 载入 + 拒收 ✓',
		mismatch: '行数对不上',
		customers: '客户数',
		invoices: '单据数',
		firstPurchase: '首次购买',
		lastPurchase: (date: string) => `最近 ${date}`,
		files: '文件',
		fileColumns: {
			file: '文件',
			table: '载入为',
			read: '读取',
			loaded: '载入',
			rejected: '拒收'
		},
		loadDemo: '载入演示数据',
		removeMine: '从本浏览器删除我的数据',
		capabilities: '各项分析可用的数据',
		checks: '检查',
		returns: (n: string) => `${n} 行退货或取消（已保留并标记）`,
		guests: (n: string) => `${n} 行没有客户编号（散客销售）`,
		duplicates: (n: string) => `${n} 行完全重复（已保留）`,
		unparsed: (n: string, column: string, expected: string, example: string) =>
			`${column} 中有 ${n} 个值无法识别（应为 ${expected}，例如“${example}”），已留空`,
		rejectedByReason: '按原因统计的拒收行',
		firstRejected: '最先被拒收的行',
		rejectColumns: {
			file: '文件',
			line: '行号',
			column: '列',
			value: '值',
			reason: '原因'
		},
		downloadRejects: '下载全部拒收行（CSV）',
		nulls: '各列的空值',
		nullColumns: { table: '表', column: '列', nulls: '空值', rows: '行数' },
		mapping: {
			remembered: '沿用你之前为相同列结构的文件确认过的映射。',
			detected: (encoding: string, delimiter: string, header: boolean, container: string | null) =>
				`识别结果：${encoding}，${delimiter}分隔，${header ? '有表头行' : '无表头行'}${container ? `，${container}` : ''}。`,
			dates: (formats: string) => `日期：${formats}。`,
			workbook: (sheet: string, header: boolean) =>
				`识别结果：Excel 工作簿，工作表“${sheet}”，${header ? '有表头行' : '无表头行'}。`,
			delimiters: {
				',': '逗号',
				';': '分号',
				'\t': '制表符',
				'|': '竖线',
				whitespace: '空格'
			},
			holds: '此文件包含',
			tables: {
				transactions: '交易（订单明细）',
				customers: '客户',
				activities: '跟进记录（电话、拜访、营销活动）'
			},
			encoding: '编码',
			sheet: '工作表',
			dateOrder: (field: string) => `${field} 的日期格式`,
			notInFile: '— 此文件中没有 —',
			nonProduct: '非商品行（保留并标记，不参与购物篮分析）',
			codes: '商品编码',
			pattern: '或编码/名称匹配',
			badPattern: (why: string) => `不是 DuckDB 可用的正则表达式：“${why}”`,
			sample: '文件的前几行',
			load: (table: TableName) => `载入${ZH_TABLES[table]}`,
			discard: '放弃',
			unmapped: '未映射的列会保留为属性，可用于筛选和切分。'
		}
	}
);
