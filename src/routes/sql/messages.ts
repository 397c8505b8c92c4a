/** Every user-facing string of the SQL console, in one object so a translation can replace it. */
export const M = {
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
	download: 'Download CSV',
	downloadNote: 'the CSV has up to 100,000 rows',
	refused: 'Not run:',
	failed: 'DuckDB could not run the query:',
	noRows: 'The query returned no rows.',
	showQuery: 'Show query',
	openInConsole: 'Open in the SQL console',
	exampleQueries: [
		{
			label: 'Customers per branch',
			sql: 'SELECT branch, count(*) AS customers\nFROM v_customers\nGROUP BY branch\nORDER BY customers DESC'
		},
		{
			label: 'Revenue by month',
			sql: "SELECT strftime(ts, '%Y-%m') AS month, round(sum(amount), 2) AS revenue\nFROM v_transactions\nGROUP BY month\nORDER BY month"
		},
		{
			label: 'Top products',
			sql: 'SELECT product_name, count(DISTINCT customer_id) AS buyers, round(sum(amount), 2) AS revenue\nFROM v_transactions\nWHERE NOT is_return\nGROUP BY product_name\nORDER BY revenue DESC\nLIMIT 20'
		},
		{ label: 'Columns of customers', sql: 'DESCRIBE customers' },
		{ label: 'Summary of transactions', sql: 'SUMMARIZE transactions' }
	]
};
