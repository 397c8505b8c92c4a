import { expect, it } from 'vitest';
import { SEED_SEGMENT } from '../analyses/segments/seed';
import { deleteSegment, savedSegments, saveSegment } from './segments';

/** An in-memory Storage, as localStorage behaves. */
function memoryStorage(): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (k) => data.get(k) ?? null,
		key: (i) => [...data.keys()][i] ?? null,
		removeItem: (k) => void data.delete(k),
		setItem: (k, v) => void data.set(k, String(v))
	};
}

it('saves, replaces by name, lists newest first and deletes', () => {
	const storage = memoryStorage();
	expect(savedSegments(storage)).toEqual([]);
	saveSegment(SEED_SEGMENT, storage, new Date('2025-01-02T10:00:00Z'));
	const other = { ...SEED_SEGMENT, name: 'Other' };
	saveSegment(other, storage, new Date('2025-01-03T10:00:00Z'));
	const again = saveSegment(SEED_SEGMENT, storage, new Date('2025-01-04T10:00:00Z'));
	expect(again.map((s) => s.definition.name)).toEqual([SEED_SEGMENT.name, 'Other']);
	expect(savedSegments(storage)).toEqual(again);
	expect(savedSegments(storage)[0].definition).toEqual(SEED_SEGMENT);
	expect(deleteSegment(again[0].id, storage).map((s) => s.definition.name)).toEqual(['Other']);
});

it('skips what it cannot read instead of failing the page', () => {
	const storage = memoryStorage();
	storage.setItem('customer-lens:segments', '{not json');
	expect(savedSegments(storage)).toEqual([]);
	storage.setItem(
		'customer-lens:segments',
		JSON.stringify([
			{ id: 'a', saved_at: 'x', definition: { root: { kind: 'group', op: 'drop', children: [] } } },
			{ id: 'b', saved_at: 'y', definition: SEED_SEGMENT },
			'junk'
		])
	);
	expect(savedSegments(storage).map((s) => s.id)).toEqual(['b']);
});
