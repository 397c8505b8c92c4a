// Only the chart types and components the app draws, so the bundle stays small.
import {
	BarChart,
	HeatmapChart,
	LineChart,
	SankeyChart,
	ScatterChart,
	TreemapChart,
	GraphChart
} from 'echarts/charts';
import {
	DataZoomComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	HeatmapChart,
	ScatterChart,
	TreemapChart,
	SankeyChart,
	GraphChart,
	GridComponent,
	TooltipComponent,
	LegendComponent,
	TitleComponent,
	VisualMapComponent,
	DataZoomComponent,
	MarkLineComponent,
	MarkAreaComponent,
	CanvasRenderer,
	SVGRenderer
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
