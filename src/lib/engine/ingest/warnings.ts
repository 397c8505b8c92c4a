import type { Engine } from '../engine';

/**
 * What makes the loaded data, taken as a whole, useless for the analyses although every file
 * loaded: only returns, or customers that match no transaction. Phrased for the user.
 */
export async function datasetWarnings(engine: Engine): Promise<string[]> {
	const files = new Map(
		(await engine.query('SELECT table_name, file_name FROM ingest_files ORDER BY table_name'))
			.rows<{ table_name: string; file_name: string }>()
			.map((f) => [f.table_name, f.file_name])
	);
	const transactions = files.get('transactions');
	const customers = files.get('customers');
	const warnings: string[] = [];
	if (transactions) {
		const [r] = (
			await engine.query(
				'SELECT count(*) AS lines, count(*) FILTER (WHERE is_return) AS returns FROM transactions'
			)
		).rows<{ lines: number; returns: number }>();
		if (r.lines > 0 && r.returns === r.lines)
			warnings.push(
				`every one of the ${r.lines.toLocaleString('en')} lines in ${transactions} is a return or cancellation: there are no purchases to analyse — expected sales lines (positive quantities) as well`
			);
	}
	if (transactions && customers) {
		const [r] = (
			await engine.query(`SELECT
	(SELECT count(*) FROM customers) AS customers,
	(SELECT count(*) FROM transactions WHERE customer_id IS NOT NULL) AS lines,
	(SELECT count(*) FROM customers WHERE customer_id IN (SELECT customer_id FROM transactions)) AS matched`)
		).rows<{ customers: number; lines: number; matched: number }>();
		if (r.customers > 0 && r.lines > 0 && r.matched === 0)
			warnings.push(
				`none of the ${r.customers.toLocaleString('en')} customer ids in ${customers} appear in the transactions of ${transactions}: expected the same customer ids in both files — check which column each file's customer_id comes from`
			);
	}
	return warnings;
}
