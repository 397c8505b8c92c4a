import { describe, expect, it } from 'vitest';
import type { ChurnSetup } from '$lib/analyses/churn/setup';
import { sliceRow, type ChurnTotals, type Slice } from '$lib/analyses/churn/slice';
import { choiceFromUrl, monthsBefore, resolveChoice, urlWithChoice } from './choice';
import { churnStory, worstSegment } from './story';

const SETUP: ChurnSetup = {
	snapshot_date: '2025-01-01',
	has_transactions: true,
	columns: [],
	flag_columns: ['churned', 'Churn Value'],
	reason_columns: ['churn_reason'],
	tenure_columns: [],
	inactivity: {
		days: 166,
		at_risk_days: 85,
		repeat_customers: 3724,
		typical_gap: 39,
		derived: true
	},
	default_definition: { kind: 'flag', column: 'churned' }
};

describe('the churn choice in the URL', () => {
	it('round-trips through the URL and keeps the filters', () => {
		const url = new URL('https://x.test/churn/?f=customers.branch:Shanghai&by=channel');
		const next = urlWithChoice(url, {
			kind: 'inactive',
			days: 120,
			risk: 60,
			snapshot: '2024-12-01'
		});
		expect(next.searchParams.get('f')).toBe('customers.branch:Shanghai');
		expect(next.searchParams.get('by')).toBe('channel');
		expect(choiceFromUrl(next)).toEqual({
			kind: 'inactive',
			days: 120,
			risk: 60,
			snapshot: '2024-12-01',
			flag: undefined,
			reason: undefined,
			tenure: undefined
		});
	});

	it('ignores malformed values', () => {
		const url = new URL('https://x.test/churn/?churn=maybe&days=-3&risk=1.5&snapshot=soon');
		expect(choiceFromUrl(url)).toMatchObject({
			kind: undefined,
			days: undefined,
			risk: undefined,
			snapshot: undefined
		});
	});

	it('fills the data’s defaults and keeps the at-risk threshold inside the window', () => {
		expect(resolveChoice({}, SETUP)).toMatchObject({
			definition: { kind: 'flag', column: 'churned' },
			atRiskDays: 85,
			reasonColumn: 'churn_reason'
		});
		expect(resolveChoice({ kind: 'inactive', days: 30, flag: 'nope' }, SETUP)).toMatchObject({
			definition: { kind: 'inactive', days: 30 },
			atRiskDays: 30
		});
		const noTransactions = { ...SETUP, has_transactions: false, tenure_columns: ['Tenure Months'] };
		expect(resolveChoice({ kind: 'inactive' }, noTransactions)).toMatchObject({
			definition: { kind: 'flag' },
			tenureColumn: 'Tenure Months'
		});
	});

	it('steps back whole months to the first of the month', () => {
		expect(monthsBefore('2025-01-01', 6)).toBe('2024-07-01');
		expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-01');
	});
});

describe('churnStory', () => {
	const totals: ChurnTotals = {
		snapshot_date: '2025-01-01',
		customers: 6000,
		churned: 1458,
		rate: 0.243,
		with_reason: 1458,
		not_counted: 0
	};
	const channel: Slice = {
		dimension: 'channel',
		label: 'Channel',
		rows: [
			sliceRow('Store', 2081, 416, 0.243),
			sliceRow('Online', 1494, 602, 0.243),
			sliceRow('Tiny', 5, 5, 0.243)
		],
		test: { chi2: 280, df: 4, p_value: 1e-59, cramers_v: 0.216, n: 6000 }
	};

	it('names the worst big segment and its top reason', () => {
		expect(worstSegment(channel)?.value).toBe('Online');
		const reasons = [
			{
				value: 'Online',
				churned: 602,
				reasons: [],
				top: { reason: 'Price', churned: 358, share: 0.595, share_elsewhere: 0.136 }
			}
		];
		const status = [
			{
				as_of: '2025-01-01',
				purchase_status: 'repeat' as const,
				retention_status: 'at_risk' as const,
				customers: 1644
			}
		];
		expect(churnStory(totals, channel, reasons, status)).toEqual([
			'24.3% of 6,000 customers have churned (1,458).',
			'Channel goes with churn most strongly: Online churns 40.3%, 1.66× the overall rate.',
			'Its most common stated reason is Price (59.5% of its churned customers, 13.6% elsewhere).',
			'1,644 customers are at risk now.'
		]);
	});

	it('leaves out a top reason that is commoner elsewhere', () => {
		const reasons = [
			{
				value: 'Online',
				churned: 602,
				reasons: [],
				top: { reason: 'Price', churned: 70, share: 0.119, share_elsewhere: 0.268 }
			}
		];
		expect(churnStory(totals, channel, reasons, []).join(' ')).not.toContain('Price');
	});

	it('says so when no attribute matters or none exists', () => {
		const flat = { ...channel, test: { ...channel.test!, p_value: 0.4 } };
		expect(churnStory(totals, flat, [], [])[1]).toContain('beyond chance');
		expect(churnStory(totals, null, [], [])[1]).toContain('load a customers file');
	});
});
