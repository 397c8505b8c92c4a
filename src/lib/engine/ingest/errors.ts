/** A problem with the user's file, phrased for the user: which file, where, and what was expected. */
export class IngestError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string,
		readonly where: { row?: number; column?: string } = {}
	) {
		const at = [
			where.row !== undefined ? `row ${where.row}` : '',
			where.column ? `column "${where.column}"` : ''
		]
			.filter(Boolean)
			.join(', ');
		super(`${file}${at ? ` (${at})` : ''}: ${problem}`);
		this.name = 'IngestError';
	}
}
