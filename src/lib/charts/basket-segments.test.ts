import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { segmentLiftOption, type SegmentLiftText } from './basket-segments';

const TEXT: SegmentLiftText = {
	lift: (times) => `Lift ${times}`,
	ofBaskets: (count, of, share) =>
		`${count.toLocaleString('en')} of ${of.toLocaleString('en')} baskets (${share})`,
	inSegment: (n) => `${n.toLocaleString('en')} baskets in the segment`,
	axis: 'Lift',
	overall: (times) => `all baskets ${times}`
};

it('shows one rule’s lift per segment against the lift over all baskets', () => {
	const row = (segment: string, lift: number | null) => ({
		segment,
		baskets: 1000,
		antecedent_count: 100,
		consequent_count: 50,
		count: 20,
		support: 0.02,
		confidence: 0.2,
		lift
	});
	const option = segmentLiftOption(
		[row('North', 4), row('South', 2.5), row('Tiny', null)],
		3.2,
		TEXT
	);
	// A segment without the antecedent has no lift and no bar.
	expect((option.yAxis as { data: string[] }).data).toEqual(['North', 'South']);
	expect(matchesSvgSnapshot('basket-segments', option)).toBe(true);
});
