import { bilingual } from '$lib/i18n/locale.svelte';

/** Texts of the generic components, per component. */
export const MESSAGES = bilingual(
	{
		table: {
			empty: 'No rows',
			previous: 'Previous',
			next: 'Next',
			page: (page: string, pages: string, rows: string) =>
				`Page ${page} of ${pages} · ${rows} rows`,
			excel: 'Excel (.xlsx)'
		},
		fileDrop: {
			title: 'Drop customer, transaction or activity exports here',
			formats:
				'or click to choose files · CSV, TSV, text, .gz, Parquet, Excel (.xlsx, .xls) · UTF-8, GBK, UTF-16, Windows-1252',
			private: 'Files are read by this browser tab only; nothing is uploaded.'
		},
		progress: { cancel: 'Cancel' },
		showQuery: {
			show: (n: number) => (n > 1 ? `Show the ${n} queries` : 'Show query'),
			openInConsole: 'Open in the SQL console',
			setUp: 'Prepares a table for the queries below (the console runs reading queries only)'
		},
		filters: {
			label: 'Filters',
			from: 'From',
			to: 'to',
			customer: 'Customer',
			line: 'Line',
			segment: 'Segment',
			removeSegment: (name: string) => `Remove segment filter ${name}`,
			remove: (label: string) => `Remove filter ${label}`,
			values: (label: string) => `Values of ${label}`,
			apply: 'Apply',
			cancel: 'Cancel',
			add: 'Add a filter',
			addOption: '+ Filter by…',
			clear: 'Clear all',
			unread: 'Part of this link could not be read and was left out.',
			unreadTitle: (parts: string) => `Left out:\n${parts}`,
			dropUnread: 'Remove it from the link'
		}
	},
	{
		table: {
			empty: '没有数据',
			previous: '上一页',
			next: '下一页',
			page: (page: string, pages: string, rows: string) =>
				`第 ${page} / ${pages} 页 · 共 ${rows} 行`,
			excel: 'Excel（.xlsx）'
		},
		fileDrop: {
			title: '将客户、交易或跟进记录导出文件拖到这里',
			formats:
				'或点击选择文件 · CSV、TSV、文本、.gz、Parquet、Excel（.xlsx、.xls）· UTF-8、GBK、UTF-16、Windows-1252',
			private: '文件只在本浏览器标签页中读取，不会上传。'
		},
		progress: { cancel: '取消' },
		showQuery: {
			show: (n: number) => (n > 1 ? `查看这 ${n} 条查询` : '查看查询'),
			openInConsole: '在 SQL 控制台中打开',
			setUp: '为下面的查询准备数据表（控制台只运行读取查询）'
		},
		filters: {
			label: '筛选',
			from: '从',
			to: '至',
			customer: '客户',
			line: '明细',
			segment: '分群',
			removeSegment: (name: string) => `移除分群筛选 ${name}`,
			remove: (label: string) => `移除筛选 ${label}`,
			values: (label: string) => `${label}的取值`,
			apply: '应用',
			cancel: '取消',
			add: '添加筛选',
			addOption: '+ 按…筛选',
			clear: '全部清除',
			unread: '此链接有一部分无法读取，已略去。',
			unreadTitle: (parts: string) => `已略去：\n${parts}`,
			dropUnread: '从链接中移除'
		}
	}
);
