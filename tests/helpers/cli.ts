import { main } from '$lib/cli/main';

/** Runs the CLI in this process; returns the exit code and what it printed on each stream. */
export async function runCli(...argv: string[]) {
	let out = '';
	let err = '';
	const code = await main(
		argv,
		{ write: (s: string) => (out += s) },
		{ write: (s: string) => (err += s) }
	);
	return { code, out, err };
}
