import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '$tests/helpers/cli';

// No day above 12: nothing in the file proves whether 01-02-2024 is 1 February or 2 January.
const file = join(mkdtempSync(join(tmpdir(), 'date-order-')), 'unproven.csv');
writeFileSync(
	file,
	'InvoiceNo,CustomerID,InvoiceDate,Amount\n1,a,01-02-2024,5\n2,b,03-04-2024,6\n'
);

// Issue 12: the browser asks about an unproven day/month order; the CLI read it silently.
it('says which order it read an unproven date column in, and --date-order picks the other', async () => {
	const guessed = await runCli('profile', '--transactions', file, '--json');
	expect(guessed.code).toBe(0);
	expect(guessed.err).toMatch(/warning: unproven\.csv: nothing in ts proves the day\/month order/);
	expect(guessed.err).toContain('--date-order ts=mdy-dash');
	expect(JSON.parse(guessed.out).date_min).toBe('2024-02-01 00:00:00');

	const chosen = await runCli(
		'profile',
		'--transactions',
		file,
		'--date-order',
		'ts=mdy-dash',
		'--json'
	);
	expect(chosen.code).toBe(0);
	expect(chosen.err).toBe('');
	expect(JSON.parse(chosen.out).date_min).toBe('2024-01-02 00:00:00');
});

it('refuses a --date-order that names no date format', async () => {
	const bad = await runCli('profile', '--transactions', file, '--date-order', 'ts=nonsense');
	expect(bad.code).toBe(2);
	expect(bad.err).toMatch(/--date-order expects field=format pairs/);
});
