import { FIELDS } from '../schema';
import { notTextProblem, planWarnings, shapeProblem } from './checks';
import { dateOrderChoices, detectDateFormat } from './dates';
import { decodeSample, detectEncoding, type Encoding } from './encoding';
import { IngestError } from './errors';
import {
	detectContainer,
	isConverted,
	readSample,
	type Container,
	type IngestInput
} from './input';
import { autoMap, guessTable } from './mapping';
import { hasMixedNewlines } from './newlines';
import { parquetToCsv } from './parquet';
import { DEFAULT_NON_PRODUCT, uniqueHeaders, type IngestPlan, type NonProductRule } from './plan';
import { sniffText } from './sniff';
import { readWorkbook, WorkbookError } from './workbook';
import { detectNumberStyle } from './values';
import type { TableName } from '../schema';

export interface PlanOverrides {
	table?: TableName;
	encoding?: Encoding;
	mapping?: Record<string, string | null>;
	nonProduct?: NonProductRule;
	/** Excel: the sheet to load (the first by default). */
	sheet?: string;
	/** Date field → format id, where the user chose the day/month order. */
	dateFormats?: Record<string, string>;
}

/** Look at the start of a file and decide how to load it; every decision is shown and overridable. */
export async function planIngest(
	input: IngestInput,
	overrides: PlanOverrides = {}
): Promise<IngestPlan> {
	if (input.blob.size === 0)
		throw new IngestError(input.name, 'the file is empty: expected a header row and data rows');
	const container = await detectContainer(input);
	const workbook = container === 'excel' ? await workbookOf(input, overrides.sheet) : undefined;
	const bytes = workbook ? workbook.csv.subarray(0, 1 << 20) : await sampleOf(input, container);
	const detected = detectEncoding(bytes);
	const encoding = overrides.encoding ?? (isConverted(container) ? 'utf-8' : detected.encoding);
	const text = decodeSample(bytes, encoding);
	const notText = notTextProblem(bytes, text);
	if (notText) throw new IngestError(input.name, notText);
	if (!text.trim())
		throw new IngestError(input.name, 'the file has no text: expected a header row and data rows');
	const sniffed = sniffText(text);
	const shape = shapeProblem(text, sniffed);
	if (shape) throw new IngestError(input.name, shape.problem, { row: shape.row });
	const headers = uniqueHeaders(sniffed.headers);
	if (sniffed.rows.length === 0)
		throw new IngestError(
			input.name,
			'the file has a header but no data rows: expected at least one row below it',
			{
				row: 1
			}
		);
	const table = overrides.table ?? guessTable(headers);
	const auto = autoMap(headers, table);
	const mapping = { ...auto.fields, ...overrides.mapping };
	const column = (header: string | null) =>
		header === null
			? []
			: sniffed.rows.map((r) => r[headers.indexOf(header)] ?? '').filter((v) => v.trim());
	const dateFields = FIELDS[table]
		.filter((f) => (f.type === 'date' || f.type === 'timestamp') && mapping[f.name])
		.map((f) => ({ field: f.name, samples: column(mapping[f.name]) }));
	const dateChoices = Object.fromEntries(
		dateFields.flatMap(({ field, samples }) => {
			const choices = dateOrderChoices(samples);
			return choices ? [[field, choices]] : [];
		})
	);
	// The user's day/month order applies only where the order is still open: a remembered choice
	// never overrides what a new file proves.
	const chosenOrder = (field: string) =>
		dateChoices[field]?.find((f) => f.id === overrides.dateFormats?.[field]);
	const dateFormats = Object.fromEntries(
		FIELDS[table]
			.filter((f) => f.type === 'date' || f.type === 'timestamp')
			.map((f) => {
				const samples = dateFields.find((d) => d.field === f.name)?.samples;
				return [f.name, samples ? (chosenOrder(f.name) ?? detectDateFormat(samples)) : null];
			})
	);
	const unprovenDates = Object.entries(dateChoices)
		.filter(([field]) => !chosenOrder(field))
		.map(
			([field, [detected, swapped]]) =>
				`the dates in "${mapping[field]}" read both as ${detected.label} and as ${swapped.label} (no day above 12): loaded as ${detected.label} — choose the order below if that is wrong`
		);
	const mixedDates = Object.entries(dateFormats)
		.filter(([, f]) => f?.kind === 'mixed')
		.map(
			([field, f]) =>
				`the column "${mapping[field]}" mixes date formats (${f!.label}): each value is read in the format that fits it, and a value two of them read as different dates is rejected and listed`
		);
	const numberSamples = FIELDS[table]
		.filter((f) => f.type === 'number')
		.flatMap((f) => column(mapping[f.name] ?? null));
	return {
		fileName: input.name,
		table,
		container,
		encoding,
		delimiter: sniffed.delimiter,
		hasHeader: sniffed.hasHeader,
		headers,
		mapping,
		costIsPerUnit: auto.costIsPerUnit,
		dateFormats,
		...(Object.keys(dateChoices).length ? { dateChoices } : {}),
		numberStyle: detectNumberStyle(numberSamples),
		nonProduct: overrides.nonProduct ?? DEFAULT_NON_PRODUCT,
		...(workbook && { sheets: workbook.sheets, sheet: workbook.sheet }),
		sample: sniffed.rows.slice(0, 20),
		mixedNewlines: hasMixedNewlines(text),
		warnings: [
			...planWarnings(
				bytes,
				overrides.encoding && overrides.encoding !== detected.encoding
					? { ...detected, mixedAt: undefined }
					: detected,
				sniffed,
				table,
				mapping
			),
			...mixedDates,
			...unprovenDates
		]
	};
}

/** A workbook's sheet as CSV; what is wrong with it is the user's file, not a bug. */
export async function workbookOf(input: IngestInput, sheet?: string) {
	try {
		return await readWorkbook(input.blob, sheet);
	} catch (error) {
		if (error instanceof WorkbookError) throw new IngestError(input.name, error.message);
		throw error;
	}
}

/** The first MB of decompressed content (a damaged gzip stream is refused by `inputChunks`). */
async function sampleOf(input: IngestInput, container: Container): Promise<Uint8Array> {
	if (container === 'parquet') return (await parquetToCsv(input)).subarray(0, 1 << 20);
	return readSample(input, container);
}
