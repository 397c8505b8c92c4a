/** CRM activities: emails, calls, visits and attendance at fixed-date campaigns. */

import { dayOf, formatDateTime, officeMinute, SNAPSHOT_DAY } from './calendar';
import type { Customer, SeedRole } from './customers';
import { stream, type Rng } from './prng';

export interface Activity {
	customerId: string;
	day: number;
	minute: number;
	type: 'call' | 'visit' | 'email' | 'campaign';
	campaign: string;
}

export const CAMPAIGNS = [
	{ name: 'Member Day 2023', day: dayOf(2023, 5, 20) },
	{ name: 'Autumn Wellness Expo 2023', day: dayOf(2023, 9, 16) },
	{ name: 'Double 11 2023', day: dayOf(2023, 11, 11) },
	{ name: 'Spring Health Fair 2024', day: dayOf(2024, 4, 13) },
	{ name: 'Member Day 2024', day: dayOf(2024, 5, 18) },
	{ name: 'Mid-Autumn Tasting 2024', day: dayOf(2024, 9, 14) },
	{ name: 'Double 11 2024', day: dayOf(2024, 11, 11) }
];

/** The seed segment excludes anyone who attended a campaign since this day (2024-07-01). */
export const CAMPAIGN_LOOKBACK_START = dayOf(2024, 7, 1);

const NO_RECENT_CAMPAIGN: SeedRole[] = [
	'seed',
	'onlyPurifier',
	'onlyPropolis',
	'bothOtherRep',
	'bothOtherBranch'
];

const TIER_BOOST: Record<string, number> = { Standard: 0, Silver: 0.4, Gold: 1.0, Platinum: 2.0 };

function scatter(
	rng: Rng,
	out: Activity[],
	c: Customer,
	type: Activity['type'],
	perYear: number,
	span: [number, number],
	hours: [number, number]
): void {
	const [start, end] = span;
	const count = rng.poisson((perYear * (end - start)) / 365);
	for (let k = 0; k < count; k++) {
		out.push({
			customerId: c.id,
			day: rng.int(start, end - 1),
			minute: officeMinute(rng, hours[0], hours[1]),
			type,
			campaign: ''
		});
	}
}

function campaignAttendance(rng: Rng, out: Activity[], c: Customer, span: [number, number]): void {
	const base = c.channel === 'Events' ? 0.3 : 0.09;
	const p = base * (c.membership === 'Gold' || c.membership === 'Platinum' ? 1.5 : 1);
	for (const campaign of CAMPAIGNS) {
		if (campaign.day < span[0] || campaign.day >= span[1]) continue;
		const recent = campaign.day >= CAMPAIGN_LOOKBACK_START;
		let attends = rng.chance(p);
		if (recent && c.seedRole && NO_RECENT_CAMPAIGN.includes(c.seedRole)) attends = false;
		if (c.seedRole === 'bothCampaign' && campaign.name === 'Double 11 2024') attends = true;
		if (!attends) continue;
		out.push({
			customerId: c.id,
			day: campaign.day,
			minute: officeMinute(rng, 10, 16),
			type: 'campaign',
			campaign: campaign.name
		});
	}
}

export function buildActivities(customers: Customer[]): Activity[] {
	const rng = stream('activities');
	const out: Activity[] = [];
	for (const c of customers) {
		// Reps keep trying for a month after a customer leaves.
		const end = c.churnDay === null ? SNAPSHOT_DAY : Math.min(SNAPSHOT_DAY, c.churnDay + 30);
		const span: [number, number] = [Math.max(0, c.signupDay), end];
		if (span[1] <= span[0]) continue;
		const boost = TIER_BOOST[c.membership];
		scatter(rng, out, c, 'email', 2.2, span, [8, 20]);
		scatter(rng, out, c, 'call', 0.7 + boost, span, [9, 18]);
		scatter(rng, out, c, 'visit', 0.25 + boost / 2, span, [10, 17]);
		campaignAttendance(rng, out, c, [span[0], c.churnDay ?? SNAPSHOT_DAY]);
	}
	const text = (a: Activity) => `${a.customerId}|${a.type}|${a.campaign}`;
	out.sort(
		(a, b) =>
			a.day - b.day || a.minute - b.minute || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)
	);
	return out;
}

export function activityRow(a: Activity): string[] {
	return [a.customerId, formatDateTime(a.day, a.minute), a.type, a.campaign];
}
