import { describe, expect, it } from 'vitest';
import {
	DATE_FORMATS,
	dateSql,
	detectDateFormat,
	formatLabel,
	looksLikeDate,
	parseDateParts,
	scoreDateFormats,
	strptimeRegex,
	type DateFormat
} from './dates';
import { evalEach } from '$tests/helpers/ingest';

const fmt = (id: string): DateFormat => {
	const f = DATE_FORMATS.find((d) => d.id === id);
	if (!f) throw new Error(`no format ${id}`);
	return f;
};

describe('detectDateFormat', () => {
	it.each<[string, string[], string | null, string?]>([
		['ISO date', ['2024-03-05', '2024-12-31', ''], 'iso', 'YYYY-MM-DD (ISO)'],
		['ISO with time', ['2024-03-05 14:20:00', '2024-03-05T07:05'], 'iso', 'YYYY-MM-DD H:MM (ISO)'],
		['ISO with Z', ['2024-03-05T14:20:00.000Z'], 'iso'],
		[
			'Online Retail',
			['12/1/2010 8:26', '12/13/2010 17:05', '1/5/2011 9:00'],
			'mdy',
			'M/D/YYYY H:MM (US)'
		],
		['ambiguous slashes go US', ['3/5/2024', '4/6/2024', '1/1/2024'], 'mdy', 'M/D/YYYY (US)'],
		[
			'a day above 12 proves day-first',
			['3/5/2024', '25/12/2023', '1/1/2024'],
			'dmy',
			'D/M/YYYY (day first)'
		],
		['US with AM/PM', ['12/1/2010 8:26 AM', '12/1/2010 1:05 PM'], 'mdy'],
		['two-digit US year', ['12/1/10 8:26', '1/15/11'], 'mdy-short', 'M/D/YY H:MM (US)'],
		['two-digit day-first year', ['13/1/10', '1/5/11'], 'dmy-short'],
		[
			'year first with slashes',
			['2024/3/5 14:20', '2024/12/31 9:05'],
			'ymd-slash',
			'YYYY/M/D H:MM'
		],
		['year first with dots', ['2024.3.5', '2024.12.31'], 'ymd-dot'],
		['day first with dots', ['5.3.2024', '31.12.2024'], 'dmy-dot'],
		['day first with dashes (Kaggle Groceries)', ['21-07-2015', '05-01-2015'], 'dmy-dash'],
		[
			'ambiguous dashes go day first',
			['03-05-2015', '04-06-2015'],
			'dmy-dash',
			'D-M-YYYY (day first)'
		],
		[
			'dashes with time',
			['21-07-2015 14:20', '05-01-2015 9:05:00'],
			'dmy-dash',
			'D-M-YYYY H:MM (day first)'
		],
		[
			'a day above 12 proves month-first dashes',
			['07-21-2015', '01-05-2015'],
			'mdy-dash',
			'M-D-YYYY (US)'
		],
		['ambiguous dots go day first', ['3.5.2024', '4.6.2024'], 'dmy-dot'],
		[
			'a day above 12 proves month-first dots',
			['12.31.2024 8:00', '1.5.2024'],
			'mdy-dot',
			'M.D.YYYY H:MM (US)'
		],
		['Chinese', ['2024年3月5日', '2024年12月31日'], 'cn', 'YYYY年M月D日 (Chinese)'],
		[
			'Chinese with time',
			['2024年3月5日 14:20', '2024年3月5日14:20:05'],
			'cn',
			'YYYY年M月D日 H:MM (Chinese)'
		],
		['compact', ['19970101', '19971231', '19980228'], 'compact', 'YYYYMMDD'],
		['Excel serials', ['40513.35', '40514', '40890.5'], 'excel-serial', 'Excel serial number'],
		['five-digit product codes are not serials', ['22752', '71053', '21730', '79321'], null],
		['quantities are not dates', ['1', '12', '6'], null],
		['amounts are not dates', ['11.77', '12.00', '77.00'], null],
		['text is not a date', ['WHITE METAL LANTERN', 'POSTAGE'], null],
		['invalid month', ['2024-13-01', '2024-00-10'], null],
		['invalid day', ['2023-02-29', '2024-04-31'], null],
		['leap day', ['2024-02-29'], 'iso'],
		['compact out of range', ['20241301', '20240230'], null],
		['empty', ['', '  '], null],
		[
			'majority wins over a few bad values',
			['12/1/2010 8:26', '12/2/2010 9:00', 'N/A', '12/3/2010 10:00'],
			'mdy'
		],
		['less than half parses', ['12/1/2010', 'x', 'y', 'z'], null]
	])('%s', (_, samples, id, label) => {
		const f = detectDateFormat(samples);
		expect(f?.id ?? null).toBe(id);
		if (label) expect(f?.label).toBe(label);
	});

	it('scores every format that parses something, best first', () => {
		const scores = scoreDateFormats(['3/5/2024', '25/12/2023', '1/1/2024', 'x']);
		expect(scores.map((s) => [s.format.id, s.share])).toEqual([
			['dmy', 0.75],
			['mdy', 0.5]
		]);
	});
});

describe('parseDateParts', () => {
	it.each<[string, string, ReturnType<typeof parseDateParts>]>([
		['1/5/2011 8:26', 'mdy', { y: 2011, m: 1, d: 5, time: true }],
		['1/5/2011 8:26', 'dmy', { y: 2011, m: 5, d: 1, time: true }],
		['1/5/68', 'mdy-short', { y: 2068, m: 1, d: 5, time: false }],
		['1/5/69', 'mdy-short', { y: 1969, m: 1, d: 5, time: false }],
		['40544', 'excel-serial', { y: 2011, m: 1, d: 1, time: false }],
		['1/5/2011 25:00', 'mdy', null],
		['1/5/2011 13:00 PM', 'mdy', null],
		['2024-03-05', 'nope', null]
	])('%s as %s', (value, id, parts) => expect(parseDateParts(value, id)).toEqual(parts));
});

describe('looksLikeDate', () => {
	it.each([
		['2024-03-05', true],
		['12/1/2010 8:26', true],
		['2024年3月5日', true],
		['19970101', false],
		['40544', false],
		['InvoiceDate', false]
	])('%s → %s', (v, expected) => expect(looksLikeDate(v)).toBe(expected));
});

describe('formatLabel', () => {
	it('adds or drops the time', () => {
		expect(formatLabel(fmt('mdy'), true)).toBe('M/D/YYYY H:MM (US)');
		expect(formatLabel(fmt('mdy'), false)).toBe('M/D/YYYY (US)');
		expect(formatLabel(fmt('compact'), true)).toBe('YYYYMMDD');
		expect(formatLabel(detectDateFormat(['1/5/2011 8:26']) as DateFormat)).toBe(
			'M/D/YYYY H:MM (US)'
		);
	});

	it('gives every format a distinct id and label', () => {
		expect(new Set(DATE_FORMATS.map((f) => f.id)).size).toBe(DATE_FORMATS.length);
		expect(new Set(DATE_FORMATS.map((f) => f.label)).size).toBe(DATE_FORMATS.length);
	});
});

// [input, expected timestamp as DuckDB prints it, or null]
const SQL_CASES: Record<string, [string, string | null][]> = {
	iso: [
		['2024-03-05', '2024-03-05 00:00:00'],
		['2024-3-5', '2024-03-05 00:00:00'],
		[' 2024-03-05 14:20 ', '2024-03-05 14:20:00'],
		['2024-03-05 7:05:09', '2024-03-05 07:05:09'],
		['2024-03-05T14:20:00', '2024-03-05 14:20:00'],
		['2024-03-05T14:20', '2024-03-05 14:20:00'],
		['2024-03-05 14:20:00.123', '2024-03-05 14:20:00.123'],
		['2024-03-05T14:20:00Z', '2024-03-05 14:20:00'],
		['2024-03-05T14:20:00.5Z', '2024-03-05 14:20:00.5'],
		['2024-02-30', null],
		['2024-13-01', null],
		['', null],
		['garbage', null]
	],
	mdy: [
		['1/5/2011 8:26', '2011-01-05 08:26:00'],
		['12/13/2010 17:05', '2010-12-13 17:05:00'],
		['01/05/2011', '2011-01-05 00:00:00'],
		['1/5/2011 8:26:09', '2011-01-05 08:26:09'],
		['1/5/2011 8:26 PM', '2011-01-05 20:26:00'],
		['1/5/2011 12:26 AM', '2011-01-05 00:26:00'],
		['1/5/2011 8:26pm', '2011-01-05 20:26:00'],
		['1/5/11', null],
		['13/5/2011', null],
		['1/5/2011 8', null]
	],
	'mdy-short': [
		['1/5/11 8:26', '2011-01-05 08:26:00'],
		['12/31/99', '1999-12-31 00:00:00'],
		['1/5/2011', null]
	],
	dmy: [
		['25/12/2023', '2023-12-25 00:00:00'],
		['5/1/2024 14:20', '2024-01-05 14:20:00'],
		['12/25/2023', null]
	],
	'dmy-short': [['25/12/23', '2023-12-25 00:00:00']],
	'dmy-dot': [['31.12.2024 23:59', '2024-12-31 23:59:00']],
	'mdy-dot': [
		['12.31.2024 23:59', '2024-12-31 23:59:00'],
		['31.12.2024', null]
	],
	'dmy-dash': [
		['21-07-2015', '2015-07-21 00:00:00'],
		['5-1-2024 14:20:05', '2024-01-05 14:20:05'],
		['07-21-2015', null],
		['2015-07-21', null]
	],
	'mdy-dash': [
		['07-21-2015 8:26 PM', '2015-07-21 20:26:00'],
		['21-07-2015', null]
	],
	'ymd-slash': [
		['2024/3/5 14:20', '2024-03-05 14:20:00'],
		['2024/03/05', '2024-03-05 00:00:00'],
		['2024/13/45 10:00', null]
	],
	'ymd-dot': [['2024.3.5', '2024-03-05 00:00:00']],
	cn: [
		['2024年3月5日', '2024-03-05 00:00:00'],
		['2024年03月05日 14:20', '2024-03-05 14:20:00'],
		['2024年3月5日14:20:05', '2024-03-05 14:20:05'],
		['2024年2月30日', null]
	],
	compact: [
		['19970101', '1997-01-01 00:00:00'],
		[' 19971231 ', '1997-12-31 00:00:00'],
		['2024035', null],
		['20241301', null],
		['199701011', null]
	],
	'excel-serial': [
		['40544', '2011-01-01 00:00:00'],
		['40544.35', '2011-01-01 08:24:00'],
		['45351.5', '2024-02-29 12:00:00'],
		['-5', null],
		['abc', null],
		['99999999', null]
	]
};

describe('dateSql on DuckDB', () => {
	it('covers every format', () => {
		expect(Object.keys(SQL_CASES).sort()).toEqual(DATE_FORMATS.map((f) => f.id).sort());
	});

	it.each(Object.entries(SQL_CASES))('%s', async (id, cases) => {
		const inputs = cases.map(([v]) => v);
		const ts = await evalEach(inputs, (e) => dateSql(e, fmt(id), 'timestamp'), 'VARCHAR');
		expect(inputs.map((v, i) => [v, ts[i]])).toEqual(cases);
		const dates = await evalEach(inputs, (e) => dateSql(e, fmt(id), 'date'), 'VARCHAR');
		expect(dates).toEqual(cases.map(([, t]) => (t === null ? null : t.slice(0, 10))));
	});

	it('gives TIMESTAMP and DATE types', async () => {
		const [t] = await evalEach(
			['2024-03-05'],
			(e) => `typeof(${dateSql(e, fmt('iso'), 'timestamp')})`
		);
		const [d] = await evalEach(['2024-03-05'], (e) => `typeof(${dateSql(e, fmt('iso'), 'date')})`);
		expect([t, d]).toEqual(['TIMESTAMP', 'DATE']);
	});

	it('agrees with detection on every value detection accepts', async () => {
		const values = ['12/1/2010 8:26', '1/31/2011 23:59', '2/29/2012 0:00', '12/31/1999 12:00 PM'];
		for (const v of values) expect(parseDateParts(v, 'mdy')).not.toBeNull();
		const out = await evalEach(values, (e) => dateSql(e, fmt('mdy'), 'timestamp'), 'VARCHAR');
		expect(out.every((x) => x !== null)).toBe(true);
	});
});

describe('the detected format lists the commonest pattern first', () => {
	it('puts YYYY-MM-DD HH:MM first for the demo export', () => {
		const fmt = detectDateFormat(['2024-03-05 14:20', '2024-03-06 09:01', '2024-03-07'])!;
		expect(fmt.duckdb![0]).toBe('%Y-%m-%d %H:%M');
	});
	it.each([
		['%Y-%m-%d %H:%M', '2024-03-05 14:20', true],
		['%Y-%m-%d %H:%M', '2024-03-05 14:20:00', false],
		['%m/%d/%Y %I:%M%p', '3/5/2024 2:20PM', true],
		['%Y年%m月%d日', '2024年3月5日', true],
		['%Y.%m.%d', '2024x03x05', false]
	])('strptimeRegex(%s) on %s is %s', (pattern, value, ok) => {
		expect(strptimeRegex(pattern).test(value)).toBe(ok);
	});
});

describe('a column mixing date formats', () => {
	// Issue 17: ISO, US slashes and compact dates in one column refused the whole file.
	const samples = ['2024-03-05', '12/25/2023', '20240101', '2024-04-01 10:00', '1/2/2024'];

	it('reads each value in the format that fits it', async () => {
		const f = detectDateFormat(samples)!;
		expect(f.kind).toBe('mixed');
		expect(f.parts!.map((p) => p.id)).toEqual(['iso', 'mdy', 'compact']);
		expect(f.label).toBe('YYYY-MM-DD H:MM (ISO) or M/D/YYYY (US) or YYYYMMDD');
		const out = await evalEach([...samples, 'junk'], (e) => dateSql(e, f, 'timestamp'), 'VARCHAR');
		expect(out).toEqual([
			'2024-03-05 00:00:00',
			'2023-12-25 00:00:00',
			'2024-01-01 00:00:00',
			'2024-04-01 10:00:00',
			'2024-01-02 00:00:00',
			null
		]);
	});

	it('leaves a value two of its formats read differently unparsed, never guessed', async () => {
		const f = detectDateFormat(['12/25/2023', '25/12/2023', '5/3/2024', '1/1/2024'])!;
		expect(f.parts!.map((p) => p.id)).toEqual(['mdy', 'dmy']);
		const out = await evalEach(
			['12/25/2023', '25/12/2023', '5/3/2024', '1/1/2024'],
			(e) => dateSql(e, f, 'date'),
			'VARCHAR'
		);
		expect(out).toEqual(['2023-12-25', '2023-12-25', null, '2024-01-01']);
	});

	it('stays one format when the column is consistent', () => {
		expect(detectDateFormat(['12/1/2010', '12/2/2010', 'N/A'])!.kind).toBe('strptime');
	});
});
