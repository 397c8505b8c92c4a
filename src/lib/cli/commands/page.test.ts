import { expect, it } from 'vitest';
import { runCli } from '$tests/helpers/cli';

/** Runs the CLI on the demo transactions; returns the exit code and what it printed. */
const cli = (...args: string[]) =>
	runCli(...args, '--transactions', 'datasets/demo/transactions.csv.gz');

it('prints the page data its analysis command prints, by section', async () => {
	const page = await cli('page', 'cohorts', '--json');
	const command = await cli('cohorts', '--json');
	expect(page.code).toBe(0);
	expect(JSON.parse(page.out)).toEqual({ cohorts: JSON.parse(command.out) });
}, 120_000);

it('adds each section’s SQL with --sql', async () => {
	const { out } = await cli('page', 'cohorts', '--sql');
	const { cohorts } = JSON.parse(out);
	expect(cohorts.data.cohorts.length).toBeGreaterThan(0);
	expect(cohorts.sql).toMatch(/^(WITH|SELECT)/);
}, 60_000);

it('names the pages it knows when given another', async () => {
	const { code, err } = await cli('page', 'nowhere');
	expect(code).toBe(2);
	expect(err).toMatch(/page expects a NAME among [a-z, ]*cohorts.*, got "nowhere"/);
	expect((await cli('cohorts', 'extra')).err).toContain('unexpected argument "extra"');
}, 60_000);
