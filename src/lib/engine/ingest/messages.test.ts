import { describe, expect, it } from 'vitest';
import { FIELDS } from '../schema';
import { expectedZh, fieldDescriptionZh, ingestMessageZh } from './messages';

describe('ingest messages in Chinese', () => {
	it.each([
		[
			'a.csv (row 1): the file has a header but no data rows: expected at least one row below it',
			'a.csv（第 1 行）：文件只有表头，没有数据行：表头下面应至少有一行数据'
		],
		[
			'g.csv (row 2, column "(ts)"): none of the 9,835 rows could be loaded, so nothing was replaced: 9,835 rejected for "missing ts: expected a date (M/D/YYYY (US))" (value "x")',
			'g.csv（第 2 行，列“(ts)”）：9,835 行都无法载入，因此没有替换任何数据：其中 9,835 行因“缺少 ts：应为日期（M/D/YYYY（美式））”被拒收（值“x”）'
		],
		[
			'no column was recognised as ts (date and time of the purchase): choose it below, or every row will be rejected',
			'没有识别出 ts 列（购买日期和时间）：请在下方选择，否则每一行都会被拒收'
		],
		[
			'about 2,100 MB of text, more than a browser tab can load safely (1,200 MB). The command line runs the same analyses on native DuckDB, out of core: npx customer-lens profile --transactions big.csv --json',
			'约 2,100 MB 文本，超出浏览器标签页能安全载入的上限（1,200 MB）。命令行版本在本机 DuckDB 上以外存方式运行同样的分析：npx customer-lens profile --transactions big.csv --json'
		],
		['quantity not understood: expected a number', 'quantity 无法识别：应为数字'],
		[
			'ts not understood: expected a date (YYYY-MM-DD (ISO) or M/D/YYYY (US) or YYYYMMDD)',
			'ts 无法识别：应为日期（YYYY-MM-DD（ISO） 或 M/D/YYYY（美式） 或 YYYYMMDD）'
		],
		['big.csv: Converting gb18030 to UTF-8', 'big.csv: 正在将 gb18030 转换为 UTF-8'],
		['big.csv: Loaded', 'big.csv: 已载入'],
		['Loading was cancelled; the previous data is unchanged.', '已取消载入，之前的数据保持不变。'],
		['GBK / GB18030 (Chinese)', 'GBK / GB18030（中文）']
	])('%s', (en, zh) => {
		expect(ingestMessageZh(en)).toBe(zh);
	});

	it('leaves file names and values that only look like phrases alone', () => {
		expect(ingestMessageZh('Loaded.csv: Reading rows')).toBe('Loaded.csv: 正在读取行');
		expect(ingestMessageZh('text')).toBe('text');
		expect(expectedZh('text')).toBe('文本');
	});

	it('has every field description of the schema', () => {
		for (const field of Object.values(FIELDS).flat())
			expect(fieldDescriptionZh(field.description), field.name).not.toBe(field.description);
	});
});
