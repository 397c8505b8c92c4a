/** The product catalogue: ~180 products in 10 categories plus the POST (postage) line type. */

import { stream } from './prng';

export interface Product {
	code: string;
	description: string;
	category: string;
	priceCents: number;
	costCents: number;
	/** Relative chance of being picked into an ordinary basket (0 = only bought by a planted pattern). */
	popularity: number;
	/** Quantity-per-line scale: groceries come in several units, electronics in one. */
	bulky: boolean;
}

type Entry = [description: string, price: number];

const CATEGORIES: Record<string, Entry[]> = {
	Grocery: [
		['Rice 5kg', 49.9],
		['Pasta 500g', 12.9],
		['Tomato Sauce', 15.9],
		['Cooking Oil 5L', 79.9],
		['Soy Sauce 500ml', 13.5],
		['Black Vinegar 500ml', 9.9],
		['Flour 2kg', 18.9],
		['White Sugar 1kg', 8.9],
		['Sea Salt 500g', 4.5],
		['Instant Noodles 5-pack', 16.9],
		['Rolled Oats 1kg', 29.9],
		['Wildflower Honey 500g', 59],
		['Peanut Butter 340g', 26.9],
		['Strawberry Jam 340g', 24.9],
		['Canned Tuna', 8.9],
		['Canned Sweet Corn', 7.9],
		['Green Tea 绿茶 250g', 88],
		['Chili Crisp Oil 280g', 12.5],
		['Dried Shiitake 香菇 200g', 39.9],
		['Jasmine Rice 10kg', 109]
	],
	Fresh: [
		['Eggs (30)', 32.9],
		['Fresh Milk 1L', 15.9],
		['Whole Wheat Bread', 16.5],
		['Butter 200g', 29.9],
		['Cheddar Cheese Slices', 32],
		['Greek Yogurt 6-pack', 39.9],
		['Frozen Dumplings 1kg', 45.9],
		['Chicken Breast 1kg', 39.9],
		['Pork Belly 500g', 36.9],
		['Atlantic Salmon 300g', 89],
		['Tofu 400g', 5.9],
		['Bananas 1kg', 9.9],
		['Apples 2kg', 24.9],
		['Oranges 2kg', 22.9],
		['Mixed Salad 250g', 14.9],
		['Fresh Noodles 500g', 8.9],
		['Beef Mince 500g', 49.9],
		['Shrimp 500g', 69]
	],
	Beverages: [
		['Beer 6-pack', 39.9],
		['Coffee Beans 1kg', 158],
		['Instant Coffee 100 sticks', 89],
		['Oolong Tea 250g', 128],
		['Orange Juice 1L', 19.9],
		['Coconut Water 6-pack', 42],
		['Bottled Water 24-pack', 36],
		['Cola 12-pack', 39],
		['Sparkling Water 6-pack', 29.9],
		['Red Wine 750ml', 168],
		['Baijiu 白酒 500ml', 298],
		['Soy Milk 1L', 11.9],
		['Kombucha 4-pack', 45],
		['Energy Drink 6-pack', 38],
		['Hot Chocolate Mix', 32],
		['Sour Plum Drink 酸梅汤 1L', 12.9],
		['Lemon Tea 6-pack', 24],
		['Almond Milk 1L', 22.9]
	],
	Snacks: [
		['Potato Chips', 12.9],
		['Mixed Nuts 500g', 69.9],
		['Dark Chocolate Bar', 18.9],
		['Butter Cookies Tin', 35],
		['Seaweed Snacks', 15.9],
		['Beef Jerky 200g', 45],
		['Dried Mango 500g', 39.9],
		['Rice Crackers', 14.9],
		['Sunflower Seeds 瓜子 500g', 19.9],
		['Gummy Bears', 12],
		['Popcorn 3-pack', 16.9],
		['Granola Bars 12-pack', 48],
		['Pretzels', 13.9],
		['Spicy Gluten Strips 辣条', 9.9],
		['Protein Bar 12-pack', 99],
		['Gift Box, Assorted Snacks', 199],
		['Wafer Rolls', 16],
		['Mooncake Gift Box 月饼', 268]
	],
	Baby: [
		['Diapers (Pack of 40)', 129],
		['Baby Wipes 80-pack', 19.9],
		['Infant Formula 900g', 298],
		['Baby Cereal 250g', 45],
		['Baby Shampoo 400ml', 39.9],
		['Baby Lotion 200ml', 49.9],
		['Feeding Bottle 260ml', 89],
		['Pacifier 2-pack', 39],
		['Teething Toy', 35],
		['Baby Bodysuit 3-pack', 129],
		['Sippy Cup', 45],
		['Baby Food Pouches 6-pack', 54],
		['Nappy Rash Cream', 39],
		['Baby Bath Tub', 159],
		['Baby Socks 5-pack', 29.9],
		['Nursing Pads 30-pack', 35],
		['Bib Set 3-pack', 32],
		['Baby Carrier', 399]
	],
	Health: [
		['Water Purifier', 2999],
		['Propolis', 268],
		['Vitamin C 1000mg 100 tabs', 89],
		['Multivitamin 60 tabs', 129],
		['Fish Oil 120 caps', 159],
		['Calcium + D3 90 tabs', 99],
		['Probiotics 30 caps', 189],
		['Blood Pressure Monitor', 399],
		['Digital Thermometer', 59],
		['Face Masks 50-pack', 39],
		['Ginseng Tea 人参茶', 168],
		['Goji Berries 枸杞 500g', 79],
		['Protein Powder 2kg', 399],
		['Collagen Drink 10-pack', 238],
		["Bird's Nest 燕窝 Gift Set", 888],
		['Massage Gun', 599],
		['Humidifier', 399],
		['Eye Drops', 29.9],
		['Glucose Meter Kit', 299]
	],
	'Personal Care': [
		['Shampoo 750ml', 59.9],
		['Conditioner 750ml', 59.9],
		['Body Wash 1L', 45.9],
		['Toothpaste 3-pack', 39.9],
		['Electric Toothbrush', 299],
		['Toothbrush 4-pack', 25.9],
		['Facial Cleanser', 69],
		['Moisturizer 50ml', 159],
		['Sunscreen SPF50', 99],
		['Hand Cream', 29.9],
		['Deodorant', 35],
		['Razor Blades 8-pack', 119],
		['Cotton Pads 200', 12.9],
		['Hair Dryer', 259],
		['Lip Balm', 19.9],
		['Sheet Masks 10-pack', 89],
		['Perfume 50ml', 499],
		['Nail Clipper Set', 29]
	],
	Household: [
		['Laundry Detergent 3L', 49.9],
		['Dish Soap 1L', 14.9],
		['Toilet Paper 24 rolls', 59.9],
		['Paper Towels 6 rolls', 25.9],
		['Trash Bags 100', 19.9],
		['Floor Cleaner 2L', 29.9],
		['Sponges 10-pack', 12.9],
		['Storage Box 30L', 49],
		['Rice Cooker 电饭煲', 399],
		['Non-stick Frying Pan', 189],
		['Kitchen Knife Set', 299],
		['Bath Towel', 69],
		['Bed Sheet Set', 259],
		['Pillow', 129],
		['LED Bulb 4-pack', 59],
		['Mop & Bucket', 139],
		['Electric Kettle', 149],
		['Vacuum Cleaner', 1299]
	],
	Electronics: [
		['Smartphone', 3999],
		['Phone Case', 59],
		['USB-C Charger 65W', 149],
		['Wireless Earbuds', 399],
		['Power Bank 20000mAh', 159],
		['Bluetooth Speaker', 299],
		['Smart Watch', 1299],
		['Tablet 10-inch', 2499],
		['USB-C Cable 2m', 39],
		['Screen Protector 2-pack', 49],
		['HDMI Cable 2m', 35],
		['Wireless Mouse', 99],
		['Mechanical Keyboard', 459],
		['Webcam 1080p', 269],
		['SD Card 128GB', 89],
		['Smart Plug 2-pack', 79],
		['Over-ear Headphones', 699],
		['Portable SSD 1TB', 599]
	],
	Office: [
		['Laser Printer', 1299],
		['Toner Cartridge', 399],
		['A4 Paper 500 sheets', 29.9],
		['Ballpoint Pens 10-pack', 15.9],
		['Gel Pens 12-pack', 24.9],
		['Notebook A5', 12.9],
		['Sticky Notes 6-pack', 18.9],
		['Stapler', 29.9],
		['Staples 5000', 9.9],
		['File Folders 20-pack', 32],
		['Desk Organizer', 59],
		['Whiteboard Markers 8-pack', 26.9],
		['Calculator', 79],
		['Paper Shredder', 499],
		['Desk Lamp', 169],
		['Office Chair', 899],
		['Label Maker', 229],
		['Envelopes 50-pack', 19.9]
	]
};

/** Share of ordinary basket lines per category. */
export const CATEGORY_WEIGHTS: Record<string, number> = {
	Grocery: 16,
	Fresh: 16,
	Beverages: 13,
	Snacks: 12,
	Baby: 6,
	Health: 7,
	'Personal Care': 10,
	Household: 10,
	Electronics: 5,
	Office: 5
};

/** Sold below cost on purpose (traffic builders). */
export const LOSS_LEADERS = [
	'Rice 5kg',
	'Cooking Oil 5L',
	'Eggs (30)',
	'Fresh Milk 1L',
	'Bottled Water 24-pack',
	'Toilet Paper 24 rolls'
];

/** Only bought through planted patterns, never picked at random. */
const PATTERN_ONLY = ['Laser Printer', 'Toner Cartridge'];

const BULKY = new Set(['Grocery', 'Fresh', 'Beverages', 'Snacks', 'Household']);

export const PRODUCT_NAMES = {
	beer: 'Beer 6-pack',
	diapers: 'Diapers (Pack of 40)',
	pasta: 'Pasta 500g',
	tomatoSauce: 'Tomato Sauce',
	phone: 'Smartphone',
	phoneCase: 'Phone Case',
	printer: 'Laser Printer',
	toner: 'Toner Cartridge',
	purifier: 'Water Purifier',
	propolis: 'Propolis',
	paper: 'A4 Paper 500 sheets'
} as const;

export const POSTAGE_CODE = 'POST';
export const POSTAGE_PRICE_CENTS = 1200;
export const POSTAGE_COST_CENTS = 1000;
/** Orders at or above this amount ship free (the postage line is kept with price 0.00). */
export const FREE_SHIPPING_CENTS = 19900;

export const POSTAGE: Product = {
	code: POSTAGE_CODE,
	description: 'Postage',
	category: 'Service',
	priceCents: POSTAGE_PRICE_CENTS,
	costCents: POSTAGE_COST_CENTS,
	popularity: 0,
	bulky: false
};

export interface Catalogue {
	products: Product[];
	byCategory: Map<string, Product[]>;
	byName: Map<string, Product>;
}

export function buildCatalogue(): Catalogue {
	const rng = stream('catalogue');
	const products: Product[] = [];
	const byCategory = new Map<string, Product[]>();
	let serial = 1001;
	for (const [category, entries] of Object.entries(CATEGORIES)) {
		const ranks = rng.shuffle(entries.map((_, i) => i + 1));
		const list: Product[] = [];
		entries.forEach(([description, price], i) => {
			const priceCents = Math.round(price * 100);
			const costRatio = LOSS_LEADERS.includes(description)
				? rng.uniform(1.08, 1.25)
				: rng.uniform(0.55, 0.8);
			// Zipf-like popularity, damped for expensive items.
			const popularity = PATTERN_ONLY.includes(description)
				? 0
				: (1 / Math.pow(ranks[i], 0.7)) * (1 / (1 + price / 300));
			const product: Product = {
				code: `P${serial++}`,
				description,
				category,
				priceCents,
				costCents: Math.round(priceCents * costRatio),
				popularity,
				bulky: BULKY.has(category)
			};
			list.push(product);
			products.push(product);
		});
		byCategory.set(category, list);
	}
	products.push(POSTAGE);
	return { products, byCategory, byName: new Map(products.map((p) => [p.description, p])) };
}

export function product(catalogue: Catalogue, description: string): Product {
	const found = catalogue.byName.get(description);
	if (!found) throw new Error(`unknown product ${description}`);
	return found;
}
