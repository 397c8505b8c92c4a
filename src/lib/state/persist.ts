import type { TableName } from '../engine/schema';
import type { PlanOverrides } from '../engine/ingest/prepare';

/**
 * Uploaded files are kept in the browser's origin-private file system (OPFS) and re-ingested on
 * reload. Each file gets a new name and the manifest is replaced last (OPFS commits a writable
 * atomically on close), so a load cut short by a crash leaves the previous dataset as it was.
 */
export interface StoredFile {
	table: TableName;
	name: string;
	/** The file's name in OPFS. */
	stored: string;
	overrides: PlanOverrides;
}

const MANIFEST = 'manifest.json';

async function root(): Promise<FileSystemDirectoryHandle | null> {
	if (!navigator.storage?.getDirectory) return null;
	const top = await navigator.storage.getDirectory();
	return top.getDirectoryHandle('customer-lens', { create: true });
}

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Blob | string) {
	const handle = await dir.getFileHandle(name, { create: true });
	const writable = await handle.createWritable();
	await writable.write(data);
	await writable.close();
}

/** The persisted dataset: files with the overrides the user confirmed; empty when none. */
export async function readStored(): Promise<{ entry: StoredFile; file: File }[]> {
	const dir = await root();
	if (!dir) return [];
	try {
		const manifest = JSON.parse(
			await (await (await dir.getFileHandle(MANIFEST)).getFile()).text()
		) as StoredFile[];
		return await Promise.all(
			manifest.map(async (entry) => ({
				entry,
				file: await (await dir.getFileHandle(entry.stored)).getFile()
			}))
		);
	} catch {
		return [];
	}
}

/** Persist one loaded file, replacing the previous file of the same table. */
export async function storeFile(entry: Omit<StoredFile, 'stored'>, file: Blob): Promise<void> {
	const dir = await root();
	if (!dir) return;
	const previous = (await readStored()).map((s) => s.entry);
	const stored = `${entry.table}-${Date.now()}.data`;
	await writeFile(dir, stored, file);
	const kept = previous.filter((e) => e.table !== entry.table);
	await writeFile(dir, MANIFEST, JSON.stringify([...kept, { ...entry, stored }]));
	for (const old of previous.filter((e) => e.table === entry.table))
		await dir.removeEntry(old.stored).catch(() => undefined);
}

/** "Remove my data": delete every stored file. */
export async function clearStored(): Promise<void> {
	const top = await navigator.storage?.getDirectory?.();
	await top?.removeEntry('customer-lens', { recursive: true }).catch(() => undefined);
}
