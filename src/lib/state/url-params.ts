/**
 * Typed URL query parameters with defaults: the view state that a bookmark or a shared link must
 * reproduce. A value equal to its default is left out of the URL, so links stay short and a page
 * opened without parameters is the default view. Malformed text reads as the default, never as an
 * error: a URL is user input.
 */

/** Text ⇄ value for one parameter; `parse` returns undefined for text that is not a value. */
export interface Codec<T> {
	parse(text: string): T | undefined;
	format(value: T): string;
}

export const text: Codec<string> = { parse: (t) => t, format: (v) => v };

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const day: Codec<string> = {
	parse: (t) => {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return undefined;
		const date = new Date(`${t}T00:00:00Z`);
		return !isNaN(date.getTime()) && date.toISOString().startsWith(t) ? t : undefined;
	},
	format: (v) => v
};

/** A finite number within [min, max]; whole when `integer`. */
export function number(min = -Infinity, max = Infinity, integer = false): Codec<number> {
	return {
		parse: (t) => {
			const n = t.trim() === '' ? NaN : Number(t);
			return Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n))
				? n
				: undefined;
		},
		format: (v) => String(v)
	};
}

export const boolean: Codec<boolean> = {
	parse: (t) => (t === '1' ? true : t === '0' ? false : undefined),
	format: (v) => (v ? '1' : '0')
};

/** One of a fixed set of words. */
export function oneOf<T extends string>(...values: readonly T[]): Codec<T> {
	return {
		parse: (t) => ((values as readonly string[]).includes(t) ? (t as T) : undefined),
		format: (v) => v
	};
}

// A list or tuple percent-escapes only `%` and its own separator in each part, so a separator
// inside a value (a product named "A, B") survives and ordinary values stay readable.
type Separator = ',' | ':' | '|' | ';';
const encode = (t: string, separator: Separator) =>
	t.replace(/%/g, '%25').replaceAll(separator, encodeURIComponent(separator));
function decode(t: string): string | undefined {
	try {
		return decodeURIComponent(t);
	} catch {
		return undefined;
	}
}

/** A list, items joined by `separator`; any bad item makes the whole list invalid. */
export function list<T>(item: Codec<T>, separator: Separator = ','): Codec<T[]> {
	return {
		parse: (t) => {
			if (t === '') return [];
			const items = t.split(separator).map((part) => {
				const raw = decode(part);
				return raw === undefined ? undefined : item.parse(raw);
			});
			return items.every((i) => i !== undefined) ? (items as T[]) : undefined;
		},
		format: (v) => v.map((i) => encode(item.format(i), separator)).join(separator)
	};
}

/** A fixed-length tuple of parts joined by `separator` (e.g. `name:share`). */
export function tuple<T extends unknown[]>(
	parts: { [K in keyof T]: Codec<T[K]> },
	separator: Separator = ':'
): Codec<T> {
	const codecs = parts as Codec<unknown>[];
	return {
		parse: (t) => {
			const pieces = t.split(separator);
			if (pieces.length !== codecs.length) return undefined;
			const values = pieces.map((p, i) => {
				const raw = decode(p);
				return raw === undefined ? undefined : codecs[i].parse(raw);
			});
			return values.every((v) => v !== undefined) ? (values as T) : undefined;
		},
		format: (v) => v.map((x, i) => encode(codecs[i].format(x), separator)).join(separator)
	};
}

/** A string-keyed record, entries as `key:value` joined by `separator`. */
export function record<T>(value: Codec<T>, separator: Separator = ','): Codec<Record<string, T>> {
	const entries = list(tuple<[string, T]>([text, value]), separator);
	return {
		parse: (t) => {
			const pairs = entries.parse(t);
			return pairs && Object.fromEntries(pairs);
		},
		format: (v) => entries.format(Object.entries(v))
	};
}

/** A value with another shape, converted both ways (e.g. cut points kept as a fixed tuple). */
export function mapped<A, B>(
	codec: Codec<A>,
	to: (a: A) => B | undefined,
	from: (b: B) => A
): Codec<B> {
	return {
		parse: (t) => {
			const a = codec.parse(t);
			return a === undefined ? undefined : to(a);
		},
		format: (v) => codec.format(from(v))
	};
}

/** One parameter of a set: its query key, codec and default. */
export interface Field<T> {
	key: string;
	codec: Codec<NonNullable<T>>;
	default: T;
}

export type Fields<T> = { [K in keyof T]-?: Field<T[K]> };

/** A typed group of query parameters: read them all, write them with defaults left out. */
export interface ParamSet<T> {
	readonly fields: Fields<T>;
	read(search: URLSearchParams): T;
	/**
	 * Set every field of `value` on `search`; a field at its default is removed, and one that is
	 * not a value of its codec (an input cleared mid-edit) leaves the URL as it was.
	 */
	write(search: URLSearchParams, value: Partial<T>): void;
	/** The query string of `value` alone, defaults left out ('' when all are defaults). */
	encode(value: Partial<T>): string;
}

export function paramSet<T>(fields: Fields<T>): ParamSet<T> {
	const entries = Object.entries(fields) as [keyof T & string, Field<unknown>][];
	const format = (f: Field<unknown>, v: unknown) => f.codec.format(v as never);
	const isDefault = (f: Field<unknown>, v: unknown) =>
		f.default !== undefined && f.default !== null && format(f, v) === format(f, f.default);
	// A value the codec cannot read back (NaN, null from an emptied number input) is not written.
	const valid = (f: Field<unknown>, v: unknown) => {
		try {
			return v !== null && f.codec.parse(format(f, v)) !== undefined;
		} catch {
			return false;
		}
	};
	const set: ParamSet<T> = {
		fields,
		read(search) {
			const value = {} as Record<string, unknown>;
			for (const [name, f] of entries) {
				const raw = search.get(f.key);
				const parsed = raw === null ? undefined : f.codec.parse(raw);
				// A copy: a page may edit what it reads, and the default must stay the default.
				value[name] = parsed === undefined ? structuredClone(f.default) : parsed;
			}
			return value as T;
		},
		write(search, value) {
			for (const [name, f] of entries) {
				if (!(name in value)) continue;
				const v = (value as Record<string, unknown>)[name];
				if (v === undefined) search.delete(f.key);
				else if (!valid(f, v)) continue;
				else if (isDefault(f, v)) search.delete(f.key);
				else search.set(f.key, format(f, v));
			}
		},
		encode(value) {
			const search = new URLSearchParams();
			set.write(search, value);
			return search.toString();
		}
	};
	return set;
}

/** A copy of `url` with `value` written into its query (other parameters kept). */
export function withParams<T>(url: URL, set: ParamSet<T>, value: Partial<T>): URL {
	const next = new URL(url);
	set.write(next.searchParams, value);
	return next;
}
