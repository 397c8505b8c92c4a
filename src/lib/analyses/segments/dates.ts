/** The `YYYY-MM-DD` day `days` before `day` (negative: after), in UTC. */
export function daysBefore(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}
