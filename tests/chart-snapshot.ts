import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { echarts, type ChartOption } from '../src/lib/charts/echarts';

const DIR = join(process.cwd(), 'tests', 'charts');

/** Render an option to SVG in Node, the way ECharts' server-side rendering does. */
export function renderSvg(option: ChartOption, width = 720, height = 360): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	chart.setOption({ ...option, animation: false });
	const svg = chart.renderToSVGString();
	chart.dispose();
	return svg;
}

/**
 * Compare a chart with its committed SVG in tests/charts/. A missing snapshot is written; a
 * mismatch writes `<name>-changed.svg` beside it for review and returns false.
 */
export function matchesSvgSnapshot(name: string, option: ChartOption): boolean {
	const svg = renderSvg(option);
	const file = join(DIR, `${name}.svg`);
	const changed = join(DIR, `${name}-changed.svg`);
	mkdirSync(dirname(file), { recursive: true });
	if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS) {
		writeFileSync(file, svg);
		if (existsSync(changed)) unlinkSync(changed);
		return true;
	}
	if (readFileSync(file, 'utf8') === svg) {
		if (existsSync(changed)) unlinkSync(changed);
		return true;
	}
	writeFileSync(changed, svg);
	return false;
}
