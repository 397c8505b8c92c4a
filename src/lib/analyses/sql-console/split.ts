import { tokenize, TokenizeError } from './tokenize';

/**
 * The statements of a script, split at semicolons outside quotes and comments (each trimmed, empty
 * ones dropped). Text the tokenizer cannot read comes back whole, as one statement.
 */
export function splitStatements(sql: string): string[] {
	let starts: number[];
	try {
		starts = tokenize(sql)
			.filter((t) => t.type === 'semicolon')
			.map((t) => t.start);
	} catch (error) {
		if (error instanceof TokenizeError) return [sql.trim()];
		throw error;
	}
	const pieces: string[] = [];
	let from = 0;
	for (const at of [...starts, sql.length]) {
		pieces.push(sql.slice(from, at).trim());
		from = at + 1;
	}
	return pieces.filter(Boolean);
}
