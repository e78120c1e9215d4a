/**
 * The participants of a room, kept in browser storage beside the engagement (own key, so
 * the engagement file itself carries only the agreed answers and their evidence). The
 * presenter view on another tab reads the same entry.
 */
import type { RoomParticipant } from './room.ts';
import { roomKey, write, type KeyValueStore, type SaveResult } from './storage.ts';

export function saveRoom(
  store: KeyValueStore,
  engagementId: string,
  participants: readonly RoomParticipant[],
): SaveResult {
  return write(store, roomKey(engagementId), JSON.stringify(participants));
}

const isParticipant = (p: unknown): p is RoomParticipant =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as RoomParticipant).source === 'string' &&
  typeof (p as RoomParticipant).answers === 'object' &&
  (p as RoomParticipant).answers !== null &&
  ((p as RoomParticipant).name === undefined || typeof (p as RoomParticipant).name === 'string');

/** The stored participants; an entry that no longer parses reads as no participants. */
export function loadRoom(store: KeyValueStore, engagementId: string): RoomParticipant[] {
  try {
    const parsed = JSON.parse(store.getItem(roomKey(engagementId)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isParticipant) : [];
  } catch {
    return [];
  }
}
