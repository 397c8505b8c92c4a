import { profile, type Profile } from '../../analyses/profile/profile';
import { json, type Command } from '../command';

export const profileCommand: Command = {
	name: 'profile',
	summary: 'the ingest report: rows read/loaded/rejected, customers, invoices, revenue …',
	async run(engine, values) {
		const report = await profile(engine);
		return values.json ? json(inEnglish(report)) : formatProfile(report);
	}
};

function formatProfile(p: Profile): string {
	const lines = [
		`rows read ${p.rows_read}, loaded ${p.rows_loaded}, rejected ${p.rows_rejected}`,
		...Object.entries(p.rejected_by_reason).map(([reason, n]) => `  ${n} × ${reason}`),
		`customers ${p.customers}, invoices ${p.invoices}, products ${p.products}, returns ${p.returns}`,
		`dates ${p.date_min ?? '–'} … ${p.date_max ?? '–'}, revenue ${p.revenue?.toFixed(2) ?? '– (no amounts in the file)'}`
	];
	return lines.join('\n') + '\n';
}

/** The JSON keeps its documented shape: capability texts as (English) strings, as the CLI speaks. */
function inEnglish(p: Profile) {
	return {
		...p,
		capabilities: p.capabilities.map((c) => ({
			id: c.id,
			analysis: c.analysis.en,
			ready: c.ready,
			because: c.because.en
		}))
	};
}
