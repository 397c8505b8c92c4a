// Test-only: a tiny file whose RFM result was worked out by hand (see the expectations below).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Snapshot 2024-02-01. A: 3 invoices, last 01-31. B: 2 invoices, last 01-25, one return of 40.
 * C: 1 invoice on 01-01. D: no invoice ids, two lines on 01-15 (one purchase) and one on 01-16.
 * E: bought 2023-12-01, and again on the snapshot day (not counted). One guest line.
 */
export const FIXTURE_CSV = `InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice
I1,A,2024-01-31 10:00,1,100.00
I2,A,2024-01-20 10:00,2,50.00
I3,A,2024-01-10 10:00,1,10.00
I4,B,2024-01-25 09:00,1,40.00
I5,B,2024-01-05 09:00,1,40.00
C6,B,2024-01-26 09:00,-1,40.00
I7,C,2024-01-01 12:00,3,20.00
,D,2024-01-15 08:00,1,5.00
,D,2024-01-15 18:00,1,5.00
,D,2024-01-16 08:00,1,5.00
I8,E,2023-12-01 08:00,1,500.00
I9,E,2024-02-01 08:00,1,500.00
I10,,2024-01-30 08:00,1,999.00
`;

export const FIXTURE_SNAPSHOT = '2024-02-01';

/** Recency desc E62 C31 D16 B7 A1; frequency C1 E1 B2 D2 A3 (ties share the lower score). */
export const FIXTURE_CUSTOMERS = [
	{
		customer_id: 'A',
		recency: 1,
		frequency: 3,
		monetary: 210,
		r: 5,
		f: 5,
		m: 4,
		segment: 'Champions'
	},
	{
		customer_id: 'B',
		recency: 7,
		frequency: 2,
		monetary: 40,
		r: 4,
		f: 3,
		m: 2,
		segment: 'Potential Loyalists'
	},
	{
		customer_id: 'C',
		recency: 31,
		frequency: 1,
		monetary: 60,
		r: 2,
		f: 1,
		m: 3,
		segment: 'Hibernating'
	},
	{
		customer_id: 'D',
		recency: 16,
		frequency: 2,
		monetary: 15,
		r: 3,
		f: 3,
		m: 1,
		segment: 'Need Attention'
	},
	{
		customer_id: 'E',
		recency: 62,
		frequency: 1,
		monetary: 500,
		r: 1,
		f: 1,
		m: 5,
		segment: 'Hibernating'
	}
];

/** The fixture written to a fresh temporary file. */
export function fixtureFile(): string {
	const path = join(mkdtempSync(join(tmpdir(), 'rfm-')), 'transactions.csv');
	writeFileSync(path, FIXTURE_CSV);
	return path;
}
