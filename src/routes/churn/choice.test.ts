import { describe, expect, it } from 'vitest';
import type { ChurnSetup } from '$lib/analyses/churn/setup';
import { sliceRow, type ChurnTotals, type Slice } from '$lib/analyses/churn/slice';
import {
	choiceFromUrl,
	describeDefinition,
	monthsBefore,
	resolveChoice,
	urlWithChoice
} from './choice';
import { MESSAGES } from './messages';
import { churnStory, worstSegment } from './story';

const [EN, ZH] = [MESSAGES.en.story, MESSAGES.zh.story];

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
		expect(churnStory(totals, channel, reasons, status, EN)).toEqual([
			'24.3% of 6,000 customers have churned (1,458).',
			'Channel goes with churn most strongly: Online churns 40.3%, 1.66× the overall rate.',
			'Its most common stated reason is Price (59.5% of its churned customers, 13.6% elsewhere).',
			'1,644 customers are at risk now.'
		]);
		expect(churnStory(totals, { ...channel, label: '渠道' }, reasons, status, ZH)).toEqual([
			'6,000 名客户中已有 24.3% 流失（1,458 名）。',
			'与流失关联最强的是渠道：Online 的流失率为 40.3%，是整体的 1.66 倍。',
			'其最常见的流失原因是“Price”（占其流失客户的 59.5%，其他分群为 13.6%）。',
			'目前有 1,644 名客户存在流失风险。'
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
		expect(churnStory(totals, channel, reasons, [], EN).join(' ')).not.toContain('Price');
	});

	it('says so when no attribute matters or none exists', () => {
		const flat = { ...channel, test: { ...channel.test!, p_value: 0.4 } };
		expect(churnStory(totals, flat, [], [], EN)[1]).toContain('beyond chance');
		expect(churnStory(totals, null, [], [], EN)[1]).toContain('load a customers file');
	});

	it('shows the analyses’ placeholders in the reader’s language', () => {
		const missing = {
			...channel,
			rows: [sliceRow('(other)', 900, 500, 0.243), ...channel.rows]
		};
		expect(churnStory(totals, missing, [], [], ZH)[1]).toContain('（其他） 的流失率');
	});
});

describe('describeDefinition', () => {
	it('says what counts as churn in either language', () => {
		const inactive = { definition: { kind: 'inactive' as const, days: 120 }, atRiskDays: 60 };
		const column = { definition: { kind: 'flag' as const, column: 'Churn Value' }, atRiskDays: 60 };
		expect(describeDefinition(inactive, MESSAGES.en.definition)).toBe(
			'a customer has churned when they have bought nothing for more than 120 days before the snapshot'
		);
		expect(describeDefinition(column, MESSAGES.zh.definition)).toBe(
			'“Churn Value”列为“是”的客户即视为流失'
		);
	});
});
