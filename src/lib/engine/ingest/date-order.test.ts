import { mkdtempSync, openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../node-native';
import { dateOrderChoices } from './dates';
import { loadFile } from './load';
import { ingestMessageZh } from './messages';
import { planIngest } from './prepare';

async function inputOf(name: string, text: string) {
	const path = join(mkdtempSync(join(tmpdir(), 'date-order-')), name);
	writeFileSync(path, text);
	return { name, blob: await openAsBlob(path), path };
}

describe('day/month order nothing proves is asked, not guessed silently', () => {
	it.each<[string[], string[] | null]>([
		[
			['03-05-2015', '04-06-2015'],
			['dmy-dash', 'mdy-dash']
		],
		[
			['3/5/2024', '4/6/2024 10:00'],
			['mdy', 'dmy']
		],
		[['3.5.2024'], ['dmy-dot', 'mdy-dot']],
		[['21-07-2015', '03-05-2015'], null],
		[['2024-03-05'], null],
		[['20240305'], null]
	])('%j', (samples, ids) => {
		expect(dateOrderChoices(samples)?.map((f) => f.id) ?? null).toEqual(ids);
	});

	it('warns before the load, and loads the order the user chose', async () => {
		const text = 'Member_number,Date,itemDescription\n1,03-05-2015,milk\n2,04-06-2015,bread\n';
		const input = await inputOf('ambiguous.csv', text);
		const guess = await planIngest(input);
		expect(guess.dateFormats.ts?.id).toBe('dmy-dash');
		expect(guess.dateChoices?.ts.map((f) => f.label)).toEqual([
			'D-M-YYYY (day first)',
			'M-D-YYYY (US)'
		]);
		const warning = guess.warnings!.find((w) => w.startsWith('the dates in "Date"'));
		expect(warning).toBe(
			'the dates in "Date" read both as D-M-YYYY (day first) and as M-D-YYYY (US) (no day above 12): loaded as D-M-YYYY (day first) — choose the order below if that is wrong'
		);
		expect(ingestMessageZh(warning!)).not.toMatch(/read both|choose the order/);

		const chosen = await planIngest(input, { dateFormats: { ts: 'mdy-dash' } });
		expect(chosen.dateFormats.ts?.id).toBe('mdy-dash');
		expect(chosen.dateChoices?.ts).toHaveLength(2);
		expect(chosen.warnings!.some((w) => w.startsWith('the dates in'))).toBe(false);
		const engine = await createNativeEngine();
		try {
			await loadFile(engine, input, chosen);
			const days = (
				await engine.query(`SELECT strftime(ts, '%Y-%m-%d') AS day FROM transactions ORDER BY ts`)
			).rows<{ day: string }>();
			expect(days.map((d) => d.day)).toEqual(['2015-03-05', '2015-04-06']);
		} finally {
			await engine.close();
		}
	});

	it('never lets a remembered order override what a file proves', async () => {
		const text = 'Member_number,Date,itemDescription\n1,21-07-2015,milk\n2,04-06-2015,bread\n';
		const plan = await planIngest(await inputOf('proven.csv', text), {
			dateFormats: { ts: 'mdy-dash' }
		});
		expect(plan.dateFormats.ts?.id).toBe('dmy-dash');
		expect(plan.dateChoices).toBeUndefined();
	});
});
