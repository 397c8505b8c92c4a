import { expect, it } from 'vitest';
import { runCli } from '$tests/helpers/cli';

// Issue 17: one price of 1e200 failed the cents cast, so Pareto and tiers (and the overview that
// shows tiers) died with a conversion error and the CLI with an uncaught exception.
it.each(['pareto', 'tiers'])(
	'%s survives prices of 1e200 and ranks them first',
	async (command) => {
		const { code, out } = await runCli(
			command,
			'--transactions',
			'tests/fixtures/bad/huge-prices-1e200.csv',
			'--json'
		);
		expect(code).toBe(0);
		expect(JSON.parse(out).customers).toBe(3);
	}
);
