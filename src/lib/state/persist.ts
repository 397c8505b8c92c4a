import type { TableName } from '../engine/schema';
import type { PlanOverrides } from '../engine/ingest/prepare';

/**
 * Uploaded files are kept in the browser's origin-private file system (OPFS) and re-ingested on
 * reload. Each file gets a new name and the manifest is replaced last (OPFS commits a writable
 * atomically on close), so a load cut short by a crash leaves the previous dataset as it was.
 *
 * OPFS is one per origin, so every tab of the app shares the stored data: writes take a Web Lock
 * (one tab at a time, and never while another tab reads), and each write is announced on a
 * BroadcastChannel, so the other tabs can say that what they show is no longer what is stored.
 */
export interface StoredFile {
	table: TableName;
	name: string;
	/** The file's name in OPFS. */
	stored: string;
	overrides: PlanOverrides;
}

/** What a write announces to the other tabs: the names of the files stored now. */
export interface StoreChange {
	files: string[];
}

const DIR = 'customer-lens';
const MANIFEST = 'manifest.json';
const LOCK = 'customer-lens:store';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LOCK);

/** Run `work` holding the store's lock: `exclusive` to write, shared to read. */
function locked<T>(mode: LockMode, work: () => Promise<T>): Promise<T> {
	return navigator.locks ? (navigator.locks.request(LOCK, { mode }, work) as Promise<T>) : work();
}

/** Call `listener` whenever another tab changes the stored data; returns the unsubscribe. */
export function onStoreChangedElsewhere(listener: (change: StoreChange) => void): () => void {
	// A channel does not hear its own messages: only other tabs' writes arrive here.
	const handle = (event: MessageEvent<StoreChange>) => listener(event.data);
	channel?.addEventListener('message', handle);
	return () => channel?.removeEventListener('message', handle);
}

async function root(): Promise<FileSystemDirectoryHandle | null> {
	if (!navigator.storage?.getDirectory) return null;
	const top = await navigator.storage.getDirectory();
	return top.getDirectoryHandle(DIR, { create: true });
}

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Blob | string) {
	const handle = await dir.getFileHandle(name, { create: true });
	const writable = await handle.createWritable();
	await writable.write(data);
	await writable.close();
}

/** The manifest; empty when there is none, null when it cannot be read. */
async function readManifest(dir: FileSystemDirectoryHandle): Promise<StoredFile[] | null> {
	try {
		const text = await (await (await dir.getFileHandle(MANIFEST)).getFile()).text();
		return JSON.parse(text) as StoredFile[];
	} catch (error) {
		return error instanceof DOMException && error.name === 'NotFoundError' ? [] : null;
	}
}

/** The persisted dataset: files with the overrides the user confirmed; empty when none. */
export function readStored(): Promise<{ entry: StoredFile; file: File }[]> {
	return locked('shared', async () => {
		const dir = await root();
		if (!dir) return [];
		try {
			return await Promise.all(
				((await readManifest(dir)) ?? []).map(async (entry) => ({
					entry,
					file: await (await dir.getFileHandle(entry.stored)).getFile()
				}))
			);
		} catch {
			return [];
		}
	});
}

/**
 * Persist one loaded file, replacing the stored file of the same table (with `replaceAll`, every
 * stored file: the first upload over the demo is the whole dataset). Returns the file's name in
 * OPFS and the stored files it replaced.
 */
export function storeFile(
	entry: Omit<StoredFile, 'stored'>,
	file: Blob,
	{ replaceAll = false } = {}
): Promise<{ stored: string; replaced: StoredFile[] }> {
	return locked('exclusive', async () => {
		const stored = `${entry.table}-${Date.now()}.data`;
		const dir = await root();
		if (!dir) return { stored, replaced: [] };
		const previous = (await readManifest(dir)) ?? [];
		await writeFile(dir, stored, file);
		const kept = replaceAll ? [] : previous.filter((e) => e.table !== entry.table);
		const manifest = [...kept, { ...entry, stored }];
		await writeFile(dir, MANIFEST, JSON.stringify(manifest));
		const replaced = previous.filter((e) => !kept.includes(e));
		for (const old of replaced) await dir.removeEntry(old.stored).catch(() => undefined);
		channel?.postMessage({ files: manifest.map((e) => e.name) } satisfies StoreChange);
		return { stored, replaced };
	});
}

/** "Remove my data": delete every stored file. */
export function clearStored(): Promise<void> {
	return locked('exclusive', async () => {
		const top = await navigator.storage?.getDirectory?.();
		if (!top) return;
		const dir = await top.getDirectoryHandle(DIR).catch(() => null);
		// Told only when there was a dataset: an empty folder going is no news to another tab.
		const hadData = !!dir && !!(await readManifest(dir))?.length;
		await top.removeEntry(DIR, { recursive: true }).catch(() => undefined);
		if (hadData) channel?.postMessage({ files: [] } satisfies StoreChange);
	});
}

/**
 * Delete files the manifest does not name: left by a tab closed or reloaded while it copied a file
 * in (before the manifest named it). Under the lock, so no other tab is writing one right now.
 */
export function removeOrphans(): Promise<void> {
	return locked('exclusive', async () => {
		const dir = await root();
		if (!dir) return;
		const manifest = await readManifest(dir);
		// An unreadable manifest may still name files: leave everything as it is.
		if (!manifest) return;
		const named = new Set([MANIFEST, ...manifest.map((e) => e.stored)]);
		const names: string[] = [];
		for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
			if (!named.has(name)) names.push(name);
		for (const name of names) await dir.removeEntry(name).catch(() => undefined);
	});
}
