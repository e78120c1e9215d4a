/**
 * The live room's addresses. The room's token travels after `#` (the fragment), which a
 * browser never sends to a server, in a request line or a Referer: the phone's address is
 * `…/join/#<token>`, the facilitator's `…/workshop/room/#live=<token>&key=<key>&join=<origin>`
 * (`join`: where phones reach the room, when the facilitator's own address is loopback).
 * A short code is the token in groups of four, to read aloud or type. Pure.
 */

/** Where the sync endpoint listens, beside the site. */
export const LIVE_PATH = '/live';

/** The room document's name, which only the facilitator (with the key) may open. */
export const facilitatorDocument = (token: string) => `${token}/facilitator`;

/** The sync endpoint for a page served by the room's server (or a TLS proxy in front of it). */
export function endpointFor(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`;
}

/** A token, key or participant secret carries at least 128 bits: 22 base64url characters. */
export function isSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{22,128}$/.test(value);
}

/** The phone's address: the join page's address with the token after `#`. */
export function joinAddress(page: string, token: string): string {
  return `${page.replace(/#.*$/, '')}#${token}`;
}

/** The token of a phone's address fragment (`#<token>`), when it is one. */
export function tokenFromHash(hash: string): string | undefined {
  const token = hash.replace(/^#/, '');
  return isSecret(token) ? token : undefined;
}

export interface FacilitatorLink {
  token: string;
  key: string;
  /** The origin phones use (http://192.168.1.20:4600), when given. */
  join?: string;
}

/** The facilitator's fragment (`#live=…&key=…&join=…`), when it names a room with its key. */
export function facilitatorFromHash(hash: string): FacilitatorLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('live') ?? '';
  const key = params.get('key') ?? '';
  if (!isSecret(token) || !isSecret(key)) return undefined;
  const join = params.get('join') ?? '';
  return /^https?:\/\/[^/\s#?]+$/.test(join) ? { token, key, join } : { token, key };
}

/** The facilitator's fragment for a room. */
export function facilitatorHash(link: FacilitatorLink): string {
  const params = new URLSearchParams({ live: link.token, key: link.key });
  if (link.join) params.set('join', link.join);
  return `#${params.toString()}`;
}

/** The token as a code to read or type: groups of four, spaces between. */
export function roomCode(token: string): string {
  return (token.match(/.{1,4}/g) ?? []).join(' ');
}

/** A typed code (or a whole pasted join address) back to its token, when it is one. */
export function tokenFromCode(input: string): string | undefined {
  const fragment = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  return tokenFromHash(fragment.replace(/\s+/g, ''));
}
