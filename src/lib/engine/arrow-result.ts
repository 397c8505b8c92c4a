import { DataType, type Table } from 'apache-arrow';
import type { QueryResult } from './engine';
import { plainValue, rowObjects } from './engine';

/** Wrap an Arrow table so charts read columns directly and analyses get plain rows. */
export function arrowResult(table: Table): QueryResult {
	const names = table.schema.fields.map((f) => f.name);
	const converters = table.schema.fields.map((f) => converterFor(f.type));
	return {
		columnNames: names,
		numRows: table.numRows,
		column(name) {
			const vector = table.getChild(name);
			if (!vector) throw new Error(`No column ${name} in result`);
			const convert = converters[names.indexOf(name)];
			return convert
				? Array.from(vector.toArray() as ArrayLike<unknown>, convert)
				: vector.toArray();
		},
		rows<T>() {
			const columns = names.map((name, i) => {
				const vector = table.getChild(name)!;
				const convert = converters[i] ?? plainValue;
				return Array.from({ length: table.numRows }, (_, r) => convert(vector.get(r)));
			});
			return rowObjects<T>(names, columns);
		}
	};
}

function converterFor(type: DataType): ((v: unknown) => unknown) | null {
	if (DataType.isDate(type) || DataType.isTimestamp(type)) {
		const dateOnly = DataType.isDate(type) && type.unit === 0;
		return (v) => {
			if (v === null || v === undefined) return null;
			const iso = new Date(Number(v)).toISOString();
			return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
		};
	}
	if (DataType.isInt(type) && type.bitWidth === 64) return (v) => (v === null ? null : Number(v));
	return null;
}
