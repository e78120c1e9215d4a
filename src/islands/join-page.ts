/**
 * A participant's phone in a live room, in plain DOM code: the phone page's budget (40 KB
 * gzip of initial JavaScript) holds the sync provider and Yjs, and no room for a UI
 * framework's runtime beside them. The token comes from the address after `#`, the phone's
 * secret from this browser (so a reload is the same participant, with their votes back), a
 * name or none, then the facilitator's current question in large type with its anchored
 * labels. A vote goes through the outbox (src/core/live/outbox.ts): sent again after a
 * reconnection and counted once. What is shown is computed in src/core/live/phone.ts; every
 * text from the room is set as text (textContent), never as HTML.
 */
import { endpointFor, roomCode, tokenFromCode, tokenFromHash } from '../core/live/address.ts';
import { cleanName } from '../core/live/messages.ts';
import { keepName, keptName, phoneScreen, phoneSecret, type PhoneScreen } from '../core/live/phone.ts';
import { pointNumber, type LiveValue, type QuestionWords } from '../core/live/state.ts';
import type { Tally } from '../core/live/tally.ts';
import { JOIN } from '../i18n/join.ts';
import { joinRoom, randomId, type ParticipantClient } from '../live-client/room-client.ts';
import type { Language } from '../schemas/generated/types.ts';

type Child = Node | string | false | undefined;
type Attrs = Record<string, string | boolean | number | ((event: Event) => void)>;

/** An element with attributes, listeners (`on…`) and children; strings become text nodes. */
function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== false && child !== undefined) el.append(child);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A distribution as a table with a bar per row (SVG attributes: the CSP forbids style attributes). */
function tallyTable(lang: Language, tally: Tally, words: QuestionWords | undefined, caption: string): HTMLElement {
  const j = JOIN[lang];
  const labels = new Map((words?.points ?? []).map((p) => [p.value, p.label[lang]]));
  const rows = tally.counts.map((c) => ({
    key: `${c.value}`,
    value: pointNumber(words, c.value),
    label: labels.get(c.value) ?? '',
    n: c.count,
  }));
  if (tally.na > 0 || words?.na !== false) rows.push({ key: 'na', value: '', label: j.notApplicable, n: tally.na });
  const most = Math.max(1, ...rows.map((r) => r.n));
  const bar = (n: number) => {
    const svg = document.createElementNS(SVG, 'svg');
    for (const [k, v] of Object.entries({
      class: 'bar',
      viewBox: '0 0 100 10',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    })) {
      svg.setAttribute(k, v);
    }
    const rect = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: '0', y: '0', height: '10', width: String((100 * n) / most) }))
      rect.setAttribute(k, v);
    svg.append(rect);
    return svg;
  };
  return h(
    'table',
    { class: 'tally', 'data-testid': 'tally' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, j.point), h('th', { scope: 'col' }, j.count))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          { 'data-point': row.key },
          h(
            'th',
            { scope: 'row' },
            row.value && h('span', { class: 'point-number' }, row.value),
            ' ',
            h('span', { class: 'point-name' }, row.label),
          ),
          h('td', {}, h('span', { class: 'count' }, String(row.n)), bar(row.n)),
        ),
      ),
    ),
  );
}

export function startJoinPage(root: HTMLElement, lang: Language): void {
  const j = JOIN[lang];
  const store = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  };
  let token: string | undefined;
  let client: ParticipantClient | undefined;
  let online = false;
  let refusedAtDoor: string | undefined;
  let lateVote = false;
  let chosen: string | undefined;
  let nameError = false;
  let codeError = false;
  /** What the body shows now, so a change elsewhere (someone else joined) does not redraw a form being typed in. */
  let drawn = '';

  const status = h('p', { class: 'join-status', role: 'status', 'data-testid': 'join-status' });
  const body = h('div');
  root.replaceChildren(status, body);

  const valueText = (words: QuestionWords | undefined, value: LiveValue) => {
    if (value === 'na') return j.notApplicable;
    const label = words?.points.find((p) => p.value === value)?.label[lang];
    return label ? `${pointNumber(words, value)} · ${label}` : `${value}`;
  };

  function codeForm(): HTMLElement {
    const input = h('input', {
      id: 'room-code',
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
    }) as HTMLInputElement;
    return h(
      'form',
      {
        class: 'join-code',
        onsubmit: (event) => {
          event.preventDefault();
          const room = tokenFromCode(input.value);
          codeError = room === undefined;
          if (room) location.hash = room;
          else draw(true);
        },
      },
      h('p', {}, j.noRoom),
      h('label', { for: 'room-code' }, j.code),
      input,
      codeError && h('p', { class: 'error', role: 'alert' }, j.badCode),
      h('button', { type: 'submit' }, j.go),
    );
  }

  function nameForm(): HTMLElement {
    const input = h('input', { id: 'join-name', maxlength: 80, autocomplete: 'name' }) as HTMLInputElement;
    const choose = (anonymous: boolean) => {
      const name = anonymous ? '' : cleanName(input.value);
      if (name === undefined || name === '' || !token) {
        nameError = !anonymous;
        draw(true);
        return;
      }
      nameError = false;
      chosen = name;
      keepName(store(), token, name);
      client?.rename(name || undefined);
      draw();
    };
    const anonymousChoice = () => {
      if (!token) return;
      chosen = '';
      keepName(store(), token, '');
      client?.rename(undefined);
      draw();
    };
    return h(
      'form',
      { class: 'join-name', onsubmit: (event) => (event.preventDefault(), choose(false)) },
      h('h2', {}, j.nameTitle),
      h('p', {}, j.nameLead),
      h('label', { for: 'join-name' }, j.name),
      input,
      nameError && h('p', { class: 'error', role: 'alert' }, j.badName),
      h(
        'div',
        { class: 'join-buttons' },
        h('button', { type: 'submit' }, j.withName),
        h('button', { type: 'button', onclick: anonymousChoice }, j.anonymous),
      ),
    );
  }

  function questionScreen(screen: Extract<PhoneScreen, { kind: 'question' }>, joined: number): HTMLElement {
    const q = screen.question;
    const words = q.words;
    const name = `vote-${q.id}-${q.round}`;
    const point = (value: LiveValue, label: string, number?: string) =>
      h(
        'label',
        { class: 'join-point' },
        h('input', {
          type: 'radio',
          name,
          id: `${name}-${value}`,
          value: String(value),
          checked: screen.mine === value,
          onchange: () => {
            lateVote = false;
            client?.vote(q.id, q.round, value);
            draw();
          },
        }),
        number && h('span', { class: 'point-value' }, number),
        h('span', { class: 'point-label' }, label),
      );
    const points = words?.points ?? q.scale.map((value) => ({ value, label: { en: '', zh: '' } }));
    return h(
      'section',
      { class: 'join-question', 'data-question': q.id, 'data-round': q.round, 'data-phase': q.phase },
      words && h('p', { class: 'join-element' }, words.element[lang]),
      h('h2', { id: 'join-q' }, words ? words.text[lang] : q.id),
      q.round === 2 && h('p', { class: 'join-round', 'data-testid': 'round-two' }, j.roundTwo),
      q.round === 2 && screen.first !== undefined && h('p', {}, j.firstAnswer(valueText(words, screen.first))),
      q.round === 2 && q.firstRound && tallyTable(lang, q.firstRound, words, j.firstRound),
      q.phase === 'open' &&
        h(
          'fieldset',
          { class: 'join-points', 'aria-labelledby': 'join-q' },
          ...points.map((p) => point(p.value, p.label[lang], pointNumber(words, p.value))),
          words?.na !== false && point('na', j.notApplicable),
        ),
      h(
        'p',
        { class: 'join-mine', 'data-testid': 'join-mine', 'aria-live': 'polite' },
        q.phase === 'open'
          ? screen.mine === undefined
            ? j.noAnswer
            : `${j.answer(valueText(words, screen.mine))} — ${screen.pending ? j.sending : j.received}`
          : `${lateVote ? j.refusedVote + ' ' : ''}${screen.mine === undefined ? j.closedNoAnswer : `${j.closed} ${j.answer(valueText(words, screen.mine))}`}`,
      ),
      h('p', { class: 'muted' }, j.answered(q.answered, joined)),
      q.result && tallyTable(lang, q.result, words, j.result),
    );
  }

  /** Draws the body again when what it shows changed (or when told to); keeps the focus where it was. */
  function draw(force = false) {
    const view = client?.view();
    status.replaceChildren(
      refusedAtDoor
        ? (j.refused[refusedAtDoor as keyof typeof j.refused] ?? j.refused.other)
        : view && !online
          ? h('span', { class: 'join-lost', 'data-testid': 'join-lost' }, j.lost)
          : token && !view
            ? j.connecting
            : '',
    );
    root.dataset['online'] = online ? 'true' : 'false';
    let key: string;
    let make: () => Child[];
    if (!token) {
      key = 'code';
      make = () => [codeForm()];
    } else if (!view) {
      key = 'none';
      make = () => [];
    } else if (!view.anonymous && chosen === undefined) {
      key = 'name';
      make = () => [nameForm()];
    } else {
      const screen = client
        ? phoneScreen(view, client.outbox.mine(), (id) => client?.isPending(id) ?? false)
        : undefined;
      const who = view.anonymous ? j.anonymousRoom : chosen ? j.youAre(chosen) : j.youAreAnonymous;
      key = JSON.stringify([who, screen, view.joined, lateVote]);
      make = () => [
        h('p', { class: 'muted', 'data-testid': 'join-who' }, who),
        screen?.kind === 'question'
          ? questionScreen(screen, view.joined)
          : h(
              'div',
              {},
              h('p', { class: 'join-waiting', 'data-testid': 'join-waiting' }, j.waiting),
              h('p', { class: 'muted' }, j.joined(view.joined)),
            ),
      ];
    }
    key += `|${token ?? ''}`;
    if (key === drawn && !force) return;
    drawn = key;
    const focused = document.activeElement?.id;
    body.replaceChildren(
      ...(token
        ? [h('p', { class: 'muted join-code-shown' }, `${j.code}: `, h('span', { class: 'code' }, roomCode(token)))]
        : []),
      ...make().filter((c): c is Node | string => c !== false && c !== undefined),
    );
    root.dataset['ready'] = 'true';
    if (focused) document.getElementById(focused)?.focus();
  }

  function connect(room: string) {
    client?.destroy();
    token = room;
    chosen = keptName(store(), room);
    refusedAtDoor = undefined;
    online = false;
    const endpoint = endpointFor(location);
    const c = joinRoom({
      endpoint,
      token: room,
      secret: phoneSecret(store(), () => randomId()),
      ...(chosen ? { name: chosen } : {}),
    });
    client = c;
    const redraw = () => draw();
    c.provider.on('status', ({ status: s }: { status: string }) => {
      online = s === 'connected';
      draw();
    });
    c.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      refusedAtDoor = reason;
      draw();
    });
    c.provider.document.on('update', redraw);
    c.onMessage((message) => {
      if (message.t === 'welcome') refusedAtDoor = undefined;
      if (message.t === 'refused' && message.reason === 'not-open') lateVote = true;
      draw();
    });
    draw();
  }

  function readHash() {
    const room = tokenFromHash(location.hash);
    // The header's language link keeps the room: the fragment never reaches a server.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch'))
      link.hash = room ? `#${room}` : '';
    if (room && room !== token) connect(room);
    else if (!room) {
      client?.destroy();
      client = undefined;
      token = undefined;
      draw();
    }
  }

  readHash();
  window.addEventListener('hashchange', readHash);
}
