/**
 * What the room page loads only when it was opened with a live room's key: the sync
 * provider, Yjs and the QR encoder stay out of the workshop's initial JavaScript.
 */
export { default as LivePanel } from './LivePanel.svelte';
export { LiveConnection } from './live-room.svelte.ts';
