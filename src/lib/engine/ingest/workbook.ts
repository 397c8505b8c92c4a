/**
 * Workbooks for ingest: SheetJS (xlsx.ts) runs in a Web Worker in the browser, so neither the
 * parse nor the library is on the page's thread; in Node it is imported directly.
 */

/** A workbook's sheet names and one sheet as CSV text, for the one ingest path. */
export interface WorkbookCsv {
	sheets: string[];
	/** The sheet converted: the one asked for, else the first. */
	sheet: string;
	csv: Uint8Array;
}

/** What the page asks the workbook worker (xlsx.worker.ts), and its answer. */
export type WorkbookRequest = { blob: Blob; sheet?: string };
export type WorkbookReply = { ok: true; result: WorkbookCsv } | { ok: false; message: string };

/** Why a workbook cannot be read, in words for the user (ingest adds the file name). */
export class WorkbookError extends Error {}

let last: { blob: Blob; sheet: string | undefined; result: Promise<WorkbookCsv> } | null = null;

/**
 * A workbook sheet as CSV: in a browser parsed in a Web Worker so the page stays responsive, in
 * Node directly. Planning and loading read the same file one after the other, so the last result
 * is kept until `forgetWorkbook`.
 */
export function readWorkbook(blob: Blob, sheet?: string): Promise<WorkbookCsv> {
	if (last?.blob === blob && last.sheet === sheet) return last.result;
	const result =
		typeof Worker === 'undefined'
			? Promise.all([blob.arrayBuffer(), import('./xlsx')]).then(([b, { workbookToCsv }]) =>
					workbookToCsv(new Uint8Array(b), sheet)
				)
			: inWorker(blob, sheet);
	last = { blob, sheet, result };
	result.catch(() => forgetWorkbook());
	return result;
}

/** Drop the kept workbook text once it is loaded. */
export function forgetWorkbook(): void {
	last = null;
}

function inWorker(blob: Blob, sheet: string | undefined): Promise<WorkbookCsv> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<WorkbookReply>) => {
			worker.terminate();
			if (event.data.ok) resolve(event.data.result);
			else reject(new WorkbookError(event.data.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new WorkbookError(`the workbook could not be read: ${event.message}`));
		};
		worker.postMessage({ blob, sheet } satisfies WorkbookRequest);
	});
}
