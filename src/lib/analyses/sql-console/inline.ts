import { literal, type SqlValue } from '../../engine/sql';
import { tokenize } from './tokenize';

/** A statement with its `?` parameters written in as literals, to show and to run in the console. */
export function inlineParams(sql: string, params: readonly SqlValue[]): string {
	if (!params.length) return sql;
	let out = '';
	let at = 0;
	let next = 0;
	for (const t of tokenize(sql)) {
		if (t.type !== 'parameter' || t.value !== '?') continue;
		out += sql.slice(at, t.start) + literal(params[next++] ?? null);
		at = t.end;
	}
	return out + sql.slice(at);
}
