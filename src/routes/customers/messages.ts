import { bilingual } from '$lib/i18n/locale.svelte';

/** Every user-facing string of the customer list, in both languages. */
export const MESSAGES = bilingual(
	{
		pageTitle: 'Customers · Customer Lens',
		title: 'The customers behind this view',
		allTitle: 'All customers',
		lede: (customers: string) =>
			`${customers} customers match the filters above. Remove a filter to widen the list; click a column to sort by it.`,
		allLede: (customers: string) =>
			`${customers} customers. Click a column to sort by it; set a filter, or pick an element of a chart, to narrow the list.`,
		buyersOnly: 'Only customers who bought in the filtered purchases are listed.',
		columns: {
			customer_id: 'Customer',
			name: 'Name',
			revenue: 'Revenue',
			orders: 'Orders',
			first_purchase: 'First purchase',
			last_purchase: 'Last purchase'
		} as Record<string, string>,
		download: 'Download CSV',
		exportNote: (customers: string) => `Customer list: ${customers} customers`,
		empty: 'No customer matches these filters.'
	},
	{
		pageTitle: '客户 · Customer Lens',
		title: '当前视图中的客户',
		allTitle: '全部客户',
		lede: (customers: string) =>
			`共 ${customers} 位客户符合上方筛选。移除筛选可扩大名单；点击列名可按该列排序。`,
		allLede: (customers: string) =>
			`共 ${customers} 位客户。点击列名可按该列排序；设置筛选或点选图表元素可缩小名单。`,
		buyersOnly: '只列出在筛选后的购买记录中有购买的客户。',
		columns: {
			customer_id: '客户',
			name: '姓名',
			revenue: '收入',
			orders: '订单数',
			first_purchase: '首次购买',
			last_purchase: '最近购买'
		} as Record<string, string>,
		download: '下载 CSV',
		exportNote: (customers: string) => `客户名单：${customers} 位客户`,
		empty: '没有客户符合这些筛选。'
	}
);
