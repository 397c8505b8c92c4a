/**
 * Chinese for what ingest tells the user. Ingest writes English (the CLI, the tests and the reject
 * reasons stored in DuckDB all read it), so the Chinese is derived from the English text, phrase
 * by phrase: file names, values and (in quotes) DuckDB's own messages pass through unchanged.
 * `bad-files.test.ts` checks that no message of the bad-file corpus keeps an English sentence.
 */
type Rule = [RegExp, string | ((...groups: string[]) => string)];

const EXPECTED_FILE =
	'应为 CSV、TSV 或文本导出文件（UTF-8、GBK、UTF-16 或 Windows-1252，可为 .gz 压缩）、Parquet 文件或 Excel 工作簿（.xlsx、.xls）';

const NOT_TEXT: Record<string, string> = {
	'a PNG image': 'PNG 图片',
	'a JPEG image': 'JPEG 图片',
	'a GIF image': 'GIF 图片',
	'a PDF document': 'PDF 文档'
};

/** Field descriptions (lower-cased, as warnings quote them) in Chinese. */
const FIELD_ZH: Record<string, string> = {
	'invoice or order number; a leading c marks a cancellation': '单据或订单号；以 C 开头表示取消',
	'customer or member id; empty for guest sales': '客户或会员编号；散客销售为空',
	'date and time of the purchase': '购买日期和时间',
	'product code (sku)': '商品编码（SKU）',
	'product description': '商品名称',
	'product category': '商品类别',
	'units; negative for returns': '数量；退货为负数',
	'price per unit': '单价',
	'line revenue; quantity × unit price when absent': '行金额；缺失时按数量 × 单价计算',
	'line cost, for profit (or mapped from a margin column)':
		'行成本，用于计算利润（也可由毛利列换算）',
	'return or cancellation (derived when absent)': '是否退货或取消（缺失时自动推断）',
	'customer or member id': '客户或会员编号',
	'customer name': '客户名称',
	'region or city': '地区或城市',
	'branch or store': '门店或分支机构',
	'owning sales rep': '负责的销售',
	'acquisition channel': '获客渠道',
	'membership level': '会员等级',
	'date of birth': '出生日期',
	'date the customer joined': '客户加入日期',
	'churn flag (yes/no, 1/0, true/false, 是/否)': '流失标记（是/否、1/0、yes/no、true/false）',
	'date the customer left': '客户流失日期',
	'why the customer left': '流失原因',
	'when the contact happened': '联系发生的时间',
	'call, visit, email, campaign …': '电话、拜访、邮件、营销活动……',
	'campaign name, for campaign attendance': '活动名称，用于记录活动参与'
};

/** A field's description in Chinese, for the mapping form (the schema holds the English). */
export function fieldDescriptionZh(description: string): string {
	return FIELD_ZH[description.toLowerCase()] ?? description;
}

/** What a value was expected to be (`expected` of the unparsed-values report) in Chinese. */
export function expectedZh(expected: string): string {
	return toChinese(expected, EXPECTED_RULES);
}

const DATE_RULES: Rule[] = [
	[/no format detected/g, '未识别出格式'],
	// A column mixing formats lists them: "YYYY-MM-DD (ISO) or M/D/YYYY (US)".
	[/ or (?=[YMD]|Excel)/g, ' 或 '],
	[/Excel serial number/g, 'Excel 日期序号'],
	[/ \(US\)/g, '（美式）'],
	[/ \(Chinese\)/g, '（中文）'],
	[/ \(day first\)/g, '（日在前）'],
	[/ \(ISO\)/g, '（ISO）'],
	[/ \(Western European\)/g, '（西欧）']
];

const EXPECTED_RULES: Rule[] = [
	[/^an id$/, '编号'],
	[/^text$/, '文本'],
	[/^a number$/, '数字'],
	[/^yes\/no, 1\/0, true\/false or 是\/否$/, '是/否、1/0、yes/no 或 true/false'],
	[/^a date \((.*)\)$/, '日期（$1）'],
	[/^an amount, or a quantity and a unit price$/, '金额，或者数量和单价'],
	...DATE_RULES
];

const EXPECTED_VALUES =
	/(?<=expected )(an id|text|a number|yes\/no, 1\/0, true\/false or 是\/否|a date \((?:[^()]|\([^()]*\))*\)|an amount, or a quantity and a unit price)/g;

const RULES: Rule[] = [
	// Where in the file, after the file name.
	[/ \(row ([\d,]+), column "([^"]*)"\): /g, '（第 $1 行，列“$2”）：'],
	[/ \(row ([\d,]+)\): /g, '（第 $1 行）：'],
	[/ \(column "([^"]*)"\): /g, '（列“$1”）：'],
	// Files that are not a table.
	[
		/expected a CSV, TSV or text export \(UTF-8, GBK, UTF-16 or Windows-1252\), optionally \.gz, Parquet, or an Excel workbook \(\.xlsx, \.xls\)/g,
		EXPECTED_FILE
	],
	[
		/the file is (a PNG image|a JPEG image|a GIF image|a PDF document), not a text file: /g,
		(what) => `文件是${NOT_TEXT[what]}，不是文本文件：`
	],
	[/the file is not a text file: /g, '文件不是文本文件：'],
	[
		/the file is a web page \(HTML\), not a data export: /g,
		'文件是网页（HTML），不是数据导出文件：'
	],
	[
		/ — the download may have saved a sign-in or error page instead/g,
		'——下载时可能存成了登录页或错误页'
	],
	[/the file is XML, not a table: /g, '文件是 XML，不是表格：'],
	// Excel workbooks.
	[
		/the file could not be read as an Excel workbook \((.*)\): expected an \.xlsx or \.xls workbook — open it in Excel and save it again, or save it as CSV UTF-8/g,
		'无法作为 Excel 工作簿读取该文件（“$1”）：应为 .xlsx 或 .xls 工作簿——请在 Excel 中打开后重新保存，或另存为 CSV UTF-8'
	],
	[
		/the workbook has no sheet named "(.*?)": expected one of (.*)$/g,
		'工作簿中没有名为“$1”的工作表：应为以下之一：$2'
	],
	[/the sheet "(.*?)" is empty: /g, '工作表“$1”是空的：'],
	[/the workbook could not be read: (.*)$/g, '无法读取该工作簿：“$1”'],
	[/the file is JSON, not a table: /g, '文件是 JSON，不是表格：'],
	[/ with one row per line/g, '，每行一条记录'],
	[/the file is empty: /g, '文件是空的：'],
	[/the file has no text: /g, '文件中没有文本：'],
	[/the file has no values, only separators: /g, '文件中只有分隔符，没有值：'],
	[/expected a header row and data rows/g, '应包含表头行和数据行'],
	[
		/the file has a header but no data rows: expected at least one row below it/g,
		'文件只有表头，没有数据行：表头下面应至少有一行数据'
	],
	[
		/only one column was found, and its lines look separated by "([^"]*)": expected commas, semicolons, tabs, pipes or spaces between columns/g,
		'只识别出一列，各行看起来是用“$1”分隔的：列之间应使用逗号、分号、制表符、竖线或空格'
	],
	[
		/the gzip data is damaged or cut off after line ([\d,]+) \((.*)\): expected a complete \.gz file — download or compress it again/g,
		'gzip 数据在第 $1 行之后已损坏或不完整（“$2”）：应为完整的 .gz 文件——请重新下载或重新压缩'
	],
	[
		/the Parquet file is damaged or incomplete \((.*)\): expected a complete Parquet file — export or download it again/g,
		'Parquet 文件已损坏或不完整（“$1”）：应为完整的 Parquet 文件——请重新导出或重新下载'
	],
	// Files that cannot be read or loaded.
	[
		/the quoting or the line endings change part-way through the file: expected one consistent CSV dialect — re-save the file as CSV UTF-8\. /g,
		'文件中途改变了引号或换行的写法：整个文件应使用一致的 CSV 格式——请另存为 CSV UTF-8。'
	],
	[/DuckDB could not read the file: (.*)$/gs, 'DuckDB 无法读取该文件：“$1”'],
	[
		/a quote \("\) opens in this row and is never closed, so the rest of the file from line ([\d,]+) on cannot be read: expected a closing quote — remove the stray quote or export the file again/g,
		'此行有一个引号（"）一直没有闭合，因此从第 $1 行起的内容都无法读取：引号应当闭合——请删除多余的引号或重新导出文件'
	],
	[
		/a quote \("\) opens in this row and is never closed: expected a closing quote/g,
		'此行有一个引号（"）一直没有闭合：引号应当闭合'
	],
	[
		/a quoted value is followed by more text: expected the closing quote at the end of the value \(a quote inside a quoted value is written ""\)/g,
		'带引号的值后面还有其他文字：闭合引号应位于值的末尾（带引号的值内部的引号应写作 ""）'
	],
	[
		/the pattern for lines that are not products, "(.*)", is not one DuckDB can use \((.*)\): expected a regular expression without look-ahead \(\?=…\), look-behind \(\?<=…\) or back-references \(\\1\)/g,
		'非商品行的匹配规则“$1”无法被 DuckDB 使用（“$2”）：应为不含前瞻 (?=…)、后顾 (?<=…) 或反向引用 (\\1) 的正则表达式'
	],
	[
		/none of the ([\d,]+) rows could be loaded, so nothing was replaced: ([\d,]+) rejected for "(.*?)"(?: \(value "(.*)"\))?$/g,
		(rows, rejected, reason, value) =>
			`${rows} 行都无法载入，因此没有替换任何数据：其中 ${rejected} 行因“${ingestMessageZh(reason)}”被拒收${value === undefined ? '' : `（值“${value}”）`}`
	],
	[
		/the file is too large to load here: DuckDB ran out of memory \((.*?)\); expected a smaller file\. /g,
		'文件太大，无法在这里载入：DuckDB 内存不足（“$1”）；应使用更小的文件。'
	],
	[
		/about ([\d,]+ MB) of text, more than a browser tab can load safely \(([\d,]+ MB)( for files that must be converted first)?\)\. /g,
		(text, limit, converted) =>
			`约 ${text} 文本，超出浏览器标签页能安全载入的上限（${limit}${converted ? '，适用于需要先转换的文件' : ''}）。`
	],
	[
		/about ([\d,]+ MB) of text, ([\d.,]+) million rows: more than a browser tab can load safely \(about ([\d,]+) rows of ([\d,]+) columns\)\. /g,
		'约 $1 文本、$2 百万行：超出浏览器标签页能安全载入的上限（约 $3 行 × $4 列）。'
	],
	[
		/The command line runs the same analyses on native DuckDB, out of core: /g,
		'命令行版本在本机 DuckDB 上以外存方式运行同样的分析：'
	],
	[/Loading was cancelled; the previous data is unchanged\./g, '已取消载入，之前的数据保持不变。'],
	// Warnings before and after a load.
	[
		/line ([\d,]+) is not UTF-8 \(byte (0x[0-9A-F]{2})\) while the rest of the file is: mixed encodings\. Rows with such bytes are rejected and listed; expected one encoding for the whole file — re-save it as UTF-8/g,
		'第 $1 行不是 UTF-8（字节 $2），而文件其余部分是：编码混杂。含有此类字节的行会被拒收并列出；整个文件应使用同一种编码——请另存为 UTF-8'
	],
	[
		/the column name "(.*?)" appears ([\d,]+) times: loaded as /g,
		'列名“$1”出现了 $2 次：分别载入为 '
	],
	[
		/no column was recognised as (\w+) \((.*?)\): choose it below, or every row will be rejected/g,
		(field, description) =>
			`没有识别出 ${field} 列（${fieldDescriptionZh(description)}）：请在下方选择，否则每一行都会被拒收`
	],
	[
		/every one of the ([\d,]+) lines in (.*) is a return or cancellation: there are no purchases to analyse — expected sales lines \(positive quantities\) as well/g,
		'$2 中的全部 $1 行都是退货或取消：没有可分析的购买——还应包含销售行（数量为正）'
	],
	[
		/none of the ([\d,]+) customer ids in (.*) appear in the transactions of (.*): expected the same customer ids in both files — check which column each file's customer_id comes from/g,
		'$2 中的 $1 个客户编号都没有出现在 $3 的交易中：两个文件应使用相同的客户编号——请检查各文件的 customer_id 来自哪一列'
	],
	// Reject reasons (stored with each rejected row) and what a value was expected to be.
	[
		/duplicate customer_id: the first row with this id was kept/g,
		'customer_id 重复：保留了该编号的第一行'
	],
	[
		/the column "(.*?)" mixes date formats \((.*)\): each value is read in the format that fits it, and a value two of them read as different dates is rejected and listed/g,
		'列“$1”混用了多种日期格式（$2）：每个值按与之相符的格式读取，能被其中两种格式读成不同日期的值会被拒收并列出'
	],
	[
		/the dates in "(.*?)" read both as (.*) and as (.*) \(no day above 12\): loaded as (.*) — choose the order below if that is wrong/g,
		'列“$1”中的日期既可读作 $2，也可读作 $3（没有大于 12 的日）：按 $4 载入——如果不对，请在下方选择日月顺序'
	],
	[
		/(\w+) is ambiguous: the column mixes date formats \((.*)\) and two of them read this value as different dates: expected a day above 12, or the year first/g,
		'$1 有歧义：该列混用了多种日期格式（$2），其中两种会把这个值读成不同的日期：日应大于 12，或年份写在最前'
	],
	[EXPECTED_VALUES, (expected) => toChinese(expected, EXPECTED_RULES)],
	[/missing (\w+): expected /g, '缺少 $1：应为'],
	[/(\w+) not understood: expected /g, '$1 无法识别：应为'],
	[
		/TOO MANY COLUMNS: Expected Number of Columns: (\d+) Found: (\d+)/g,
		'列数过多：应为 $1 列，实际 $2 列'
	],
	[
		/MISSING COLUMNS: Expected Number of Columns: (\d+) Found: (\d+)/g,
		'列数不足：应为 $1 列，实际 $2 列'
	],
	[/INVALID ENCODING: [^;]*/g, '编码无效：此行不是 UTF-8 编码'],
	[/^\(whole row\)$/g, '（整行）'],
	[/blank line: expected a row of values/g, '空行：应为一行数据'],
	// Load progress, after the file name.
	[/(^|: )Reading rows$/g, '$1正在读取行'],
	[/(^|: )Reading Parquet$/g, '$1正在读取 Parquet'],
	[/(^|: )Reading the Excel workbook$/g, '$1正在读取 Excel 工作簿'],
	[/(^|: )Converting (\S+) to UTF-8$/g, '$1正在将 $2 转换为 UTF-8'],
	[/(^|: )Checking values$/g, '$1正在检查数值'],
	[/(^|: )Loaded$/g, '$1已载入'],
	...DATE_RULES
];

function toChinese(text: string, rules: readonly Rule[]): string {
	return rules.reduce(
		(out, [pattern, replacement]) =>
			typeof replacement === 'string'
				? out.replace(pattern, replacement)
				: out.replace(pattern, (_match, ...groups: string[]) => replacement(...groups)),
		text
	);
}

/** An ingest message (error, warning, reject reason, progress phase, label) in Chinese. */
export function ingestMessageZh(text: string): string {
	return toChinese(text, RULES);
}
