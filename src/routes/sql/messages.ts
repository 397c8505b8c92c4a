import { bilingual } from '$lib/i18n/locale.svelte';

/** The example queries' SQL, the same in both languages. */
const EXAMPLE_SQL = {
	perBranch:
		'SELECT branch, count(*) AS customers\nFROM v_customers\nGROUP BY branch\nORDER BY customers DESC',
	byMonth:
		"SELECT strftime(ts, '%Y-%m') AS month, round(sum(amount), 2) AS revenue\nFROM v_transactions\nGROUP BY month\nORDER BY month",
	topProducts:
		'SELECT product_name, count(DISTINCT customer_id) AS buyers, round(sum(amount), 2) AS revenue\nFROM v_transactions\nWHERE NOT is_return\nGROUP BY product_name\nORDER BY revenue DESC\nLIMIT 20',
	columns: 'DESCRIBE customers',
	summary: 'SUMMARIZE transactions'
};

/** Every user-facing string of the SQL console, in both languages. */
export const MESSAGES = bilingual(
	{
		title: 'SQL console',
		pageTitle: 'SQL console · Customer Lens',
		lede: 'Read-only SQL over the loaded data, run by DuckDB inside this browser. One SELECT (or WITH, FROM, DESCRIBE, SUMMARIZE, SHOW) at a time; nothing can be changed.',
		views: 'The v_ views apply the filters of the filter bar; the tables hold everything loaded.',
		tables: 'Tables and views',
		insert: (name: string) => `Insert ${name} into the query`,
		query: 'Query',
		run: 'Run',
		runHint: 'Ctrl+Enter',
		running: 'Running…',
		examples: 'Examples…',
		rows: (n: string) => `${n} rows`,
		truncated: (n: string) => `showing the first ${n} rows`,
		result: 'Result',
		download: 'Download CSV',
		downloadNote: 'the CSV has up to 100,000 rows',
		exportNote: (sql: string) => `SQL console: ${sql}`,
		refused: 'Not run:',
		failed: 'DuckDB could not run the query:',
		noRows: 'The query returned no rows.',
		linkTitle: 'This link holds a query. Read it before running it.',
		linkNote:
			'It was not run: it runs only on the loaded data in this browser, and only when you say so.',
		runLink: 'Run this query',
		cancel: 'Cancel',
		cancelled: 'The query was cancelled.',
		timedOut: (seconds: number) =>
			`The query ran for more than ${seconds} seconds and was stopped: narrow it down (WHERE, LIMIT) and run it again.`,
		exampleQueries: [
			{ label: 'Customers per branch', sql: EXAMPLE_SQL.perBranch },
			{ label: 'Revenue by month', sql: EXAMPLE_SQL.byMonth },
			{ label: 'Top products', sql: EXAMPLE_SQL.topProducts },
			{ label: 'Columns of customers', sql: EXAMPLE_SQL.columns },
			{ label: 'Summary of transactions', sql: EXAMPLE_SQL.summary }
		]
	},
	{
		title: 'SQL 控制台',
		pageTitle: 'SQL 控制台 · Customer Lens',
		lede: '对已加载的数据执行只读SQL，由本浏览器内的DuckDB运行。每次一条SELECT（或WITH、FROM、DESCRIBE、SUMMARIZE、SHOW）语句；不会修改任何数据。',
		views: 'v_开头的视图应用了筛选栏的筛选；表中是加载的全部数据。',
		tables: '表和视图',
		insert: (name: string) => `将${name}插入查询`,
		query: '查询',
		run: '运行',
		runHint: 'Ctrl+Enter',
		running: '运行中…',
		examples: '示例…',
		rows: (n: string) => `${n}行`,
		truncated: (n: string) => `仅显示前${n}行`,
		result: '结果',
		download: '下载CSV',
		downloadNote: 'CSV最多包含100,000行',
		exportNote: (sql: string) => `SQL 控制台：${sql}`,
		refused: '未运行：',
		failed: 'DuckDB无法运行该查询：',
		noRows: '查询没有返回任何行。',
		linkTitle: '此链接包含一条查询。运行前请先阅读。',
		linkNote: '它尚未运行：它只会在您确认后，对本浏览器中已加载的数据运行。',
		runLink: '运行此查询',
		cancel: '取消',
		cancelled: '查询已取消。',
		timedOut: (seconds: number) =>
			`查询运行超过${seconds}秒，已被停止：请缩小范围（WHERE、LIMIT）后重新运行。`,
		exampleQueries: [
			{ label: '各门店客户数', sql: EXAMPLE_SQL.perBranch },
			{ label: '每月销售额', sql: EXAMPLE_SQL.byMonth },
			{ label: '热销商品', sql: EXAMPLE_SQL.topProducts },
			{ label: '客户表的列', sql: EXAMPLE_SQL.columns },
			{ label: '交易表概览', sql: EXAMPLE_SQL.summary }
		]
	}
);
