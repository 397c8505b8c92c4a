import type { Engine } from '../engine/engine';

/** Option values after parsing: strings for valued options, booleans for flags. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** One CLI command: its own options beside the shared data options, and a run over a loaded engine. */
export interface Command {
	name: string;
	summary: string;
	/** The one word it takes after its name (`page NAME`), if any; others take none. */
	argument?: string;
	/** Extra options, in node:util parseArgs form. */
	options?: Record<string, { type: 'string' | 'boolean'; description: string }>;
	/** True when these options bring the command's input themselves (no data file needed). */
	ownInput?(values: OptionValues): boolean;
	/** Returns the text to print (JSON when `--json`). */
	run(engine: Engine, values: OptionValues, args?: string[]): Promise<string>;
}

/** A required or optional numeric option, with a usage error naming it. */
export function numberOption(values: OptionValues, name: string): number | undefined {
	const raw = values[name];
	if (raw === undefined) return undefined;
	const n = Number(raw);
	if (typeof raw !== 'string' || !Number.isFinite(n))
		throw new UsageErrorForOption(name, 'a number', raw);
	return n;
}

export class UsageErrorForOption extends Error {
	constructor(name: string, expected: string, got: unknown) {
		super(`--${name} expects ${expected}, got "${String(got)}"`);
	}
}

/** JSON as every command prints it. */
export function json(value: unknown): string {
	return JSON.stringify(value, null, 2) + '\n';
}
