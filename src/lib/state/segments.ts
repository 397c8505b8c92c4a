import { parseSegment } from '../analyses/segments/parse';
import type { SegmentDefinition } from '../analyses/segments/types';

const KEY = 'customer-lens:segments';

/** A segment the user saved in this browser. */
export interface SavedSegment {
	id: string;
	/** ISO time of the last save. */
	saved_at: string;
	definition: SegmentDefinition;
}

/** The saved segments (this browser's localStorage), newest first; unreadable entries are skipped. */
export function savedSegments(storage: Storage = localStorage): SavedSegment[] {
	let raw: unknown;
	try {
		raw = JSON.parse(storage.getItem(KEY) ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(raw)) return [];
	return raw.flatMap((entry) => {
		try {
			const { id, saved_at } = entry as Record<string, unknown>;
			if (typeof id !== 'string' || typeof saved_at !== 'string') return [];
			return [{ id, saved_at, definition: parseSegment((entry as SavedSegment).definition) }];
		} catch {
			return [];
		}
	});
}

/** Save a segment; one with the same name is replaced. Returns the list as stored. */
export function saveSegment(
	definition: SegmentDefinition,
	storage: Storage = localStorage,
	now = new Date()
): SavedSegment[] {
	const others = savedSegments(storage).filter((s) => s.definition.name !== definition.name);
	const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
	const next = [{ id, saved_at: now.toISOString(), definition }, ...others];
	storage.setItem(KEY, JSON.stringify(next));
	return next;
}

/** Forget a saved segment. Returns the list as stored. */
export function deleteSegment(id: string, storage: Storage = localStorage): SavedSegment[] {
	const next = savedSegments(storage).filter((s) => s.id !== id);
	storage.setItem(KEY, JSON.stringify(next));
	return next;
}
