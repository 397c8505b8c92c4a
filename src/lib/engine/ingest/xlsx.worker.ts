import type { WorkbookReply, WorkbookRequest } from './workbook';
import { workbookToCsv } from './xlsx';

// Parses a workbook off the page's thread: a 50 MB workbook takes seconds of CPU.

self.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
	try {
		const bytes = new Uint8Array(await event.data.blob.arrayBuffer());
		const result = workbookToCsv(bytes, event.data.sheet);
		self.postMessage({ ok: true, result } satisfies WorkbookReply, {
			transfer: [result.csv.buffer as ArrayBuffer]
		});
	} catch (error) {
		self.postMessage({ ok: false, message: (error as Error).message } satisfies WorkbookReply);
	}
};
