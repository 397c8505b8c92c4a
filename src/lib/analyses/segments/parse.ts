import type { Condition, GroupNode, Period, SegmentDefinition, SegmentNode } from './types';

/** A definition that does not have the documented shape; the message names the bad field. */
export class SegmentFormatError extends Error {}

type Json = Record<string, unknown>;

const MAX_DEPTH = 8;
const MAX_NODES = 200;

/**
 * Check untrusted JSON (a file, a URL, localStorage) and return it as a definition. Only known
 * fields are kept, so nothing unexpected reaches the compiler.
 */
export function parseSegment(value: unknown): SegmentDefinition {
	const d = object(value, 'definition');
	if (d.version !== undefined && d.version !== 1)
		throw new SegmentFormatError('definition.version must be 1');
	const asOf = d.as_of ?? undefined;
	if (asOf !== undefined && !isDay(asOf))
		throw new SegmentFormatError('definition.as_of must be a date YYYY-MM-DD');
	const counter = { nodes: 0 };
	const root = node(d.root, 'root', 0, counter);
	if (root.kind !== 'group') throw new SegmentFormatError('root must be a group');
	return {
		version: 1,
		name: typeof d.name === 'string' ? d.name.slice(0, 200) : 'Segment',
		...(asOf === undefined ? {} : { as_of: asOf as string }),
		root
	};
}

/** A definition from its JSON text, or null when the text is not a valid definition. */
export function decodeSegment(text: string | null): SegmentDefinition | null {
	if (!text) return null;
	try {
		return parseSegment(JSON.parse(text));
	} catch {
		return null;
	}
}

/** The JSON text of a definition (the CLI's file format and the URL parameter). */
export function encodeSegment(definition: SegmentDefinition): string {
	return JSON.stringify(definition);
}

/** `YYYY-MM-DD` naming a real day. */
export function isDay(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function node(
	value: unknown,
	path: string,
	depth: number,
	counter: { nodes: number }
): SegmentNode {
	if (++counter.nodes > MAX_NODES)
		throw new SegmentFormatError(`more than ${MAX_NODES} conditions`);
	const n = object(value, path);
	if (n.kind === 'group') {
		if (depth >= MAX_DEPTH) throw new SegmentFormatError(`${path}: groups nest too deep`);
		const children = array(n.children, `${path}.children`);
		return {
			kind: 'group',
			op: oneOf(n.op, ['and', 'or', 'not'] as const, `${path}.op`),
			children: children.map((c, i) => node(c, `${path}.children[${i}]`, depth + 1, counter))
		} satisfies GroupNode;
	}
	return condition(n, path);
}

function condition(n: Json, path: string): Condition {
	const at = (field: string) => `${path}.${field}`;
	switch (n.kind) {
		case 'attribute': {
			const op = oneOf(n.op, ['equals', 'in', 'contains', 'range'] as const, at('op'));
			const bound = (b: unknown, field: string) =>
				b === null || b === undefined
					? null
					: typeof b === 'number'
						? String(b)
						: text(b, at(field));
			return {
				kind: 'attribute',
				column: text(n.column, at('column'), 1),
				op,
				values: op === 'range' ? [] : texts(n.values, at('values')),
				...(op === 'range' ? { min: bound(n.min, 'min'), max: bound(n.max, 'max') } : {})
			};
		}
		case 'bought':
			return {
				kind: 'bought',
				field: oneOf(n.field, ['product_name', 'product_id', 'category'] as const, at('field')),
				values: texts(n.values, at('values')),
				match: oneOf(n.match ?? 'any', ['any', 'all'] as const, at('match')),
				within: n.within === null || n.within === undefined ? null : period(n.within, at('within'))
			};
		case 'orders':
			return {
				kind: 'orders',
				measure: oneOf(n.measure, ['orders', 'amount'] as const, at('measure')),
				min: optionalNumber(n.min, at('min')),
				max: optionalNumber(n.max, at('max')),
				within: n.within === null || n.within === undefined ? null : period(n.within, at('within'))
			};
		case 'first_purchase':
		case 'no_purchase':
			return { kind: n.kind, within: period(n.within, at('within')) };
		case 'anniversary':
			return {
				kind: 'anniversary',
				field: oneOf(n.field, ['birthday', 'signup_date'] as const, at('field')),
				period: oneOf(n.period, ['week', 'month'] as const, at('period'))
			};
		case 'no_contact':
			return {
				kind: 'no_contact',
				within: period(n.within, at('within')),
				types: n.types === undefined ? [] : texts(n.types, at('types'))
			};
		case 'campaign':
			return {
				kind: 'campaign',
				campaign:
					n.campaign === null || n.campaign === undefined ? null : text(n.campaign, at('campaign')),
				attended: n.attended !== false,
				within: period(n.within, at('within'))
			};
		default:
			throw new SegmentFormatError(`${path}.kind: unknown condition "${String(n.kind)}"`);
	}
}

function period(value: unknown, path: string): Period {
	const p = object(value, path);
	const n = p.n;
	if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > 100_000)
		throw new SegmentFormatError(`${path}.n must be a whole number from 1`);
	return { n, unit: oneOf(p.unit, ['day', 'month'] as const, `${path}.unit`) };
}

function object(value: unknown, path: string): Json {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw new SegmentFormatError(`${path} must be an object`);
	return value as Json;
}

function array(value: unknown, path: string): unknown[] {
	if (!Array.isArray(value)) throw new SegmentFormatError(`${path} must be a list`);
	return value;
}

function text(value: unknown, path: string, minLength = 0): string {
	if (typeof value !== 'string' || value.length < minLength || value.includes('\0'))
		throw new SegmentFormatError(`${path} must be ${minLength ? 'non-empty ' : ''}text`);
	return value;
}

function texts(value: unknown, path: string): string[] {
	return array(value, path).map((v, i) => text(v, `${path}[${i}]`));
}

function optionalNumber(value: unknown, path: string): number | null {
	if (value === null || value === undefined) return null;
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new SegmentFormatError(`${path} must be a number`);
	return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T {
	if (!options.includes(value as T))
		throw new SegmentFormatError(`${path} must be one of ${options.join(', ')}`);
	return value as T;
}
