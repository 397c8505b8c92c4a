import { describe, expect, it } from 'vitest';
import { DERIVED_DIMENSIONS, TENURE_BUCKETS } from './dimensions';
import { dimensionName, valueLabel } from './labels';
import { NO_REASON } from './reasons';

describe('churn labels', () => {
	it('translates the analyses’ own words and leaves the data alone', () => {
		expect(valueLabel('(missing)', 'zh-CN')).toBe('（缺失）');
		expect(valueLabel(NO_REASON, 'zh-CN')).toBe('（未填原因）');
		expect(valueLabel('Online', 'zh-CN')).toBe('Online');
		expect(valueLabel('Champions', 'zh-CN')).toBe('冠军客户');
		expect(valueLabel('(missing)', 'en')).toBe('(missing)');
		expect(valueLabel('constructor', 'zh-CN')).toBe('constructor');
		for (const [, bucket] of TENURE_BUCKETS) expect(valueLabel(bucket, 'zh-CN')).toMatch(/[月年]/);
	});

	it('names derived dimensions in Chinese and columns as labelled', () => {
		for (const key of Object.keys(DERIVED_DIMENSIONS))
			expect(dimensionName(key, 'x', 'zh-CN')).not.toBe('x');
		expect(dimensionName('tenure_bucket', 'Tenure', 'en')).toBe('Tenure');
		expect(dimensionName('channel', 'Channel', 'zh-CN')).toBe('Channel');
		expect(dimensionName('toString', 'To string', 'zh-CN')).toBe('To string');
	});
});
