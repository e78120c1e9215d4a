/**
 * The workshop's one controller, shared by the wizard, the room and the presenter: it owns
 * the browser storage, the revision guard between tabs, the open engagement and where the
 * page is in it, the stored list and its housekeeping, import with confirm and restore,
 * saving, export with the "last exported" mark, undo and redo, and the rule for leaving
 * with changes the browser could not store. The islands render its state and call its
 * methods; an editor changes the open engagement with one call, `apply(next)`.
 *
 * Nothing here touches the page: downloads, the clock and the address bar come in through
 * the options, so the whole controller runs in a unit test on an in-memory store.
 */
import { MAX_FILE_BYTES } from '../core/load/limits.ts';
import { formatProblem } from '../i18n/messages.ts';
import { blankEngagement, copyOfSample, type BlankEngagementInput } from '../core/workshop/edit.ts';
import { editProfile } from '../core/workshop/edit-profile.ts';
import { languageTag } from '../core/shared/text.ts';
import type { ImportContext } from '../core/workshop/import-export.ts';
import { participantFromFile, refuseParticipant, type RoomParticipant } from '../core/workshop/room.ts';
import { saveRoom } from '../core/workshop/room-storage.ts';
import { assessmentFrameworks, questionSteps, resolvePlace, type Place } from '../core/workshop/sections.ts';
import {
  freshGuard,
  keepMine,
  listStored,
  noticeWrite,
  openSession,
  saveGuarded,
  systemClock,
  takenIds,
  importContext,
  type SaveGuard,
  type SaveOutcome,
  type Session,
  type StoredList,
} from '../core/workshop/session.ts';
import {
  keepPrevious,
  loadEngagement,
  loadExported,
  loadOriginal,
  loadPosition,
  putBackEntries,
  restoreLastGood,
  restorePrevious,
  saveChecked,
  saveExported,
  savePosition,
  takeEngagement,
  type KeyValueStore,
  type Position,
  type PositionPage,
  type SaveResult,
  type Stored,
} from '../core/workshop/storage.ts';
import { STORAGE } from '../i18n/storage.ts';
import { WORKSHOP } from '../i18n/workshop.ts';
import type { Engagement, Framework, Language, Template } from '../schemas/generated/types.ts';

/** What the build's content JSON gives the workshop pages. */
export interface SessionContent {
  frameworks: Framework[];
  templates?: Template[];
  engagements?: Engagement[];
}

/** A file the user picked, read as bytes (its encoding is checked on import) or as text. */
export interface PickedFile {
  name: string;
  data: Uint8Array | string;
  /** The file's size in bytes as the browser reports it; over the limit, `data` is left empty. */
  size?: number;
}

/**
 * Reads a picked file's bytes, so a file that is not UTF-8 is refused, not read as "�"; a
 * file over the size limit is not read at all (the import refuses it by its size).
 */
export async function pickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_FILE_BYTES) return { name: file.name, data: new Uint8Array(0), size: file.size };
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()), size: file.size };
}

export interface SessionOptions {
  lang: Language;
  /** Which page this is: each keeps its own position. */
  page: PositionPage;
  /** How many steps an assessment has on this page (the presenter walks questions, the wizard elements). */
  stepsOf?: (framework: Framework) => number;
  /** Saves a file for the user (the browser's download). */
  download?: (name: string, text: string, type: string) => void;
  now?: () => Date;
  /** The address bar, for pages whose links carry the engagement and assessment (room, presenter). */
  address?: { read(): Partial<Position> | undefined; write(position: Position): void };
  /** Engagements kept for undo; the oldest goes first. */
  historyLimit?: number;
  /** How long an edit marked `later` waits for the next keystroke before it is saved, in ms. */
  typingDelay?: number;
}

export interface Status {
  text: string;
  error: boolean;
  /** The status reports a change the user may want back: the island offers Undo beside it. */
  undo?: 'change' | 'removal';
}

export interface ApplyOptions {
  /**
   * Edits of one field in a row (typing) become one undo step: consecutive applies with the
   * same group replace the step instead of adding one.
   */
  group?: string;
  /** The status after a saved change (default "Saved at …"); `undo` offers Undo beside it. */
  status?: string;
}

/** What became of an imported file; `title` is the engagement's in the file, once it loaded. */
export interface ImportOutcome {
  outcome: 'imported' | 'asking' | 'refused' | 'stored';
  title?: string;
}

/** A participant's file that did not join the room, and why. */
export interface FileRefusal {
  file: string;
  reason: 'problems' | 'other-engagement' | 'duplicate';
  /** The engagement title in the file, when it loaded. */
  title?: string;
  /** Each problem with its line and field, when it did not load. */
  lines: string[];
}

const EMPTY_LIST: StoredList = { ids: [], readable: [], unreadable: {} };
const FIRST: Place = { framework: '', step: 0, view: 'wizard' };

export class WorkshopSession {
  readonly #options: SessionOptions;

  // Raw: the browser's Storage object must not be wrapped in a proxy; engagements are
  // immutable values (every edit makes a new one), so they need no deep proxy either.
  store = $state.raw<KeyValueStore | null>(null);
  content = $state.raw<SessionContent | null>(null);
  /** The content could not be fetched: the page says so instead of the workshop. */
  loadError = $state(false);
  list = $state.raw<StoredList>(EMPTY_LIST);
  engagement = $state.raw<Engagement | null>(null);
  participants = $state.raw<RoomParticipant[]>([]);
  place = $state.raw<Place>(FIRST);
  /** The stored revision this tab knows, and any conflict with another tab or failed save. */
  guard = $state.raw<SaveGuard>(freshGuard('any'));
  status = $state.raw<Status>({ text: '', error: false });
  /** The open engagement was stored by an older crmkit and migrated on opening. */
  upgraded = $state.raw<{ id: string; title: string } | null>(null);
  importProblems = $state.raw<{ file: string; lines: string[] } | null>(null);
  /** An import waiting for the user to agree that it replaces the stored engagement of its id. */
  pendingImport = $state.raw<Engagement | null>(null);
  /** The id whose version from before an import can be put back. */
  canRestore = $state<string | null>(null);
  /** Asking before the engagement is closed with changes the browser has not stored. */
  leaving = $state(false);
  /** Bumped on every export, so a view that compares with the last export reads it again. */
  exportedAt = $state(0);
  /** The engagement deleted last, kept whole until the next deletion so Undo can bring it back. */
  removed = $state.raw<{ id: string; title: string; entries: Record<string, string> } | null>(null);

  #past = $state.raw<Engagement[]>([]);
  #future = $state.raw<Engagement[]>([]);
  #group: string | null = null;
  #pending: {
    group: string;
    edit: (current: Engagement) => Engagement | null;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;

  assessments = $derived(assessmentFrameworks(this.content?.frameworks ?? []));
  /** Changes on screen that are not in storage: a failed save, or saves held back by another tab's. */
  unsaved = $derived(this.engagement !== null && (this.guard.problem !== null || this.guard.conflict !== null));
  canUndo = $derived(this.#past.length > 0);
  canRedo = $derived(this.#future.length > 0);

  /** `options.lang` may be a getter over the island's prop: it is read where it is used. */
  constructor(options: SessionOptions) {
    this.#options = options;
  }

  get lang(): Language {
    return this.#options.lang;
  }
  get page(): PositionPage {
    return this.#options.page;
  }

  get #w() {
    return WORKSHOP[this.lang];
  }
  get #st() {
    return STORAGE[this.lang];
  }
  #now(): Date {
    return (this.#options.now ?? systemClock)();
  }
  /** Today as the engagement files write dates. */
  today(): string {
    return this.#now().toISOString().slice(0, 10);
  }
  #download(name: string, text: string, type: string) {
    this.#options.download?.(name, text, type);
  }

  /** The storage and content the page reached; then back to where this page was before a reload. */
  init(setup: { store: KeyValueStore | null; content: SessionContent | null }) {
    this.store = setup.store;
    if (!setup.content) {
      this.loadError = true;
      return;
    }
    this.content = setup.content;
    this.refreshList();
    const wanted = this.#options.address?.read() ?? (this.store ? loadPosition(this.store, this.page) : undefined);
    if (wanted?.engagement && this.list.readable.some((s) => s.id === wanted.engagement)) {
      this.open(wanted.engagement, wanted);
    }
  }

  refreshList() {
    this.list = listStored(this.store);
  }

  say(text: string, error = false, undo?: Status['undo']) {
    this.status = undo ? { text, error, undo } : { text, error };
  }

  #reportSave(result: SaveResult) {
    if (result.ok) this.say(this.#w.saved(this.#now().toLocaleTimeString(languageTag(this.lang))));
    else this.say(result.reason === 'quota' ? this.#w.saveFailedQuota : this.#w.saveFailed(result.detail), true);
  }

  // ── Where the page is ──────────────────────────────────────────────────────────────────

  #resolve(wanted: Partial<Place> | undefined): Place {
    const stepsOf = this.#options.stepsOf ?? ((f: Framework) => questionSteps(f).length);
    return resolvePlace(wanted, this.assessments, stepsOf);
  }

  /** Moves within the open engagement and remembers it, so a reload lands here again. */
  go(place: Partial<Place>) {
    this.flush();
    this.place = this.#resolve({ ...this.place, ...place });
    this.#remember();
  }

  #remember() {
    const position: Position = { engagement: this.engagement?.id ?? '', ...this.place };
    if (this.store) savePosition(this.store, position, this.page);
    this.#options.address?.write(position);
  }

  // ── Opening and closing ────────────────────────────────────────────────────────────────

  /** Opens a stored engagement at `where` (the first assessment by default); false when it does not open. */
  open(id: string, where?: Partial<Place>): boolean {
    this.flush();
    const session = openSession(this.store, id);
    if (!session) return false;
    this.#show(session, where);
    this.upgraded = session.older ? { id, title: session.engagement.title } : null;
    return true;
  }

  #show(session: Session, where?: Partial<Place>) {
    this.engagement = session.engagement;
    this.participants = session.participants;
    this.guard = session.guard;
    this.leaving = false;
    this.#forget();
    this.place = this.#resolve(where);
    this.#remember();
  }

  #forget() {
    this.#past = [];
    this.#future = [];
    this.#group = null;
  }

  close() {
    this.flush();
    this.engagement = null;
    this.participants = [];
    this.guard = { ...this.guard, conflict: null, problem: null };
    this.leaving = false;
    this.upgraded = null;
    this.#forget();
    this.place = FIRST;
    this.#remember();
    this.refreshList();
  }

  /** "All engagements": asks first when the screen holds changes the browser has not stored. */
  requestClose() {
    if (this.unsaved) this.leaving = true;
    else this.close();
  }

  /** Before the tab closes or reloads: saves what is still being typed; true when the browser should ask first. */
  beforeUnload(): boolean {
    this.flush();
    return this.unsaved;
  }

  // ── Changing the open engagement ───────────────────────────────────────────────────────

  /**
   * The one way an editor changes the open engagement: `next` replaces it, is saved (with
   * the check against another tab's save), and the engagement before it becomes an undo step.
   */
  apply(next: Engagement, options: ApplyOptions = {}): SaveOutcome | 'unchanged' | undefined {
    if (this.#pending && this.#pending.group !== options.group) this.flush();
    const current = this.engagement;
    if (!current || next === current) return 'unchanged';
    const coalesce = options.group !== undefined && options.group === this.#group && this.#past.length > 0;
    if (!coalesce) this.#past = [...this.#past, current].slice(-(this.#options.historyLimit ?? 100));
    this.#future = [];
    this.#group = options.group ?? null;
    return this.#persist(next, options.status);
  }

  /**
   * An edit made while typing: saved once the typing pauses (or before anything else
   * happens), computed then from the engagement as it is, so no keystroke is lost.
   */
  applyLater(group: string, edit: (current: Engagement) => Engagement | null) {
    if (this.#pending && this.#pending.group !== group) this.flush();
    if (this.#pending) clearTimeout(this.#pending.timer);
    const timer = setTimeout(() => this.flush(), this.#options.typingDelay ?? 300);
    this.#pending = { group, edit, timer };
  }

  /** Saves an edit still waiting for the typing to pause. */
  flush() {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    clearTimeout(pending.timer);
    const next = this.engagement ? pending.edit(this.engagement) : null;
    if (next) this.apply(next, { group: pending.group });
  }

  /** Puts back the engagement as it was before the last change. */
  undo() {
    this.flush();
    const previous = this.#past.at(-1);
    if (!previous || !this.engagement) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, this.engagement];
    this.#group = null;
    this.#persist(previous, this.#w.undone);
  }

  redo() {
    this.flush();
    const next = this.#future.at(-1);
    if (!next || !this.engagement) return;
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, this.engagement];
    this.#group = null;
    this.#persist(next, this.#w.redone);
  }

  /** Saves unless another tab saved first; on a conflict or a full storage the change stays on screen. */
  #persist(next: Engagement, message?: string): SaveOutcome | undefined {
    this.engagement = next;
    if (!this.store) return undefined;
    const saved = saveGuarded(this.store, next, this.#now().toISOString(), this.guard);
    this.guard = saved.guard;
    if (saved.outcome !== 'saved') this.say(this.#st.notSaved, true);
    else if (message) this.say(message, false, 'change');
    else this.#reportSave({ ok: true });
    this.refreshList();
    return saved.outcome;
  }

  /** "Keep mine" after another tab saved: what was stored goes to a download first when it no longer reads. */
  keepMine() {
    if (!this.store || !this.engagement || !this.guard.conflict) return;
    const kept = keepMine(this.store, this.guard, this.engagement.id);
    if (kept.damaged !== null) this.#download(`${this.engagement.id}.stored.txt`, kept.damaged, 'text/plain');
    this.guard = kept.guard;
    this.#persist(this.engagement);
  }

  /** Another tab wrote to storage: a conflict when it saved the open engagement at a revision this tab did not. */
  noticeStorage(key: string | null, newValue: string | null) {
    if (!this.store || !this.engagement) return;
    const noticed = noticeWrite(this.store, this.guard, this.engagement.id, key, newValue);
    if (!noticed) return;
    this.guard = noticed;
    this.say(this.#st.notSaved, true);
  }

  /** Drops what is on screen for the other tab's save. */
  loadOther() {
    if (!this.engagement) return;
    const place = this.place;
    if (this.open(this.engagement.id, place)) this.say(this.#st.loadedOther);
  }

  setParticipants(next: RoomParticipant[]) {
    this.participants = next;
    if (!this.store || !this.engagement) return;
    const result = saveRoom(this.store, this.engagement.id, next);
    if (!result.ok) this.#reportSave(result);
  }

  // ── Starting, importing, restoring ─────────────────────────────────────────────────────

  /**
   * A new engagement, or an import. Revision 0 stores it only while nothing is under its id
   * (a value another tab just wrote there is a conflict, not overwritten); 'any' is for an
   * import the user agreed to let replace the stored one.
   */
  #start(next: Engagement, base: 0 | 'any' = 0) {
    this.flush();
    this.guard = freshGuard(base);
    this.upgraded = null;
    this.engagement = next;
    this.participants = [];
    this.#forget();
    this.#persist(next);
    this.#markExported(next);
    this.place = this.#resolve(undefined);
    this.#remember();
  }

  #taken(): ReadonlySet<string> {
    return takenIds(this.list);
  }

  createBlank(input: BlankEngagementInput) {
    this.#start(blankEngagement(input, this.today(), this.#taken()));
  }

  startFromSample(sample: Engagement) {
    this.#start(copyOfSample(sample, this.today(), this.#taken()));
  }

  /**
   * A sample asked for by a link (the engagement overview's "Open in the workshop"): its
   * working copy when the browser has one, else a new copy. False when there is no such sample.
   */
  openSample(id: string): boolean {
    const sample = this.content?.engagements?.find((e) => e.id === id);
    if (!sample) return false;
    const copy = this.list.readable.find((s) => s.id === `${id}-copy`);
    if (copy) return this.open(copy.id);
    this.startFromSample(sample);
    return true;
  }

  #context(): ImportContext | null {
    return this.content ? importContext(this.content) : null;
  }

  /**
   * An engagement file from the user: every problem is listed with its line and nothing
   * changes; a new id is stored and opened; an id already stored is replaced only once the
   * user agrees (`mayReplace`), with the old version kept, and never from the room.
   */
  async importFile(file: PickedFile, mayReplace = true): Promise<ImportOutcome> {
    const context = this.#context();
    if (!context) return { outcome: 'refused' };
    const { importEngagement } = await import('../core/workshop/import-export.ts');
    const result = importEngagement(file.name, file.data, context, file.size);
    if (!result.ok) {
      this.importProblems = { file: file.name, lines: result.problems.map((p) => formatProblem(p, this.lang)) };
      return { outcome: 'refused' };
    }
    this.importProblems = null;
    const title = result.engagement.title;
    if (this.list.ids.includes(result.engagement.id)) {
      if (!mayReplace) return { outcome: 'stored', title };
      this.pendingImport = result.engagement;
      return { outcome: 'asking', title };
    }
    this.finishImport(result.engagement);
    return { outcome: 'imported', title };
  }

  finishImport(imported: Engagement) {
    if (!this.store) return;
    const replacing = this.list.ids.includes(imported.id);
    if (replacing) keepPrevious(this.store, imported.id);
    this.pendingImport = null;
    this.#start(imported, replacing ? 'any' : 0);
    this.canRestore = replacing ? imported.id : null;
    this.say(this.#w.imported(imported.title));
  }

  cancelImport() {
    this.pendingImport = null;
  }

  /** Puts back the version an import replaced. */
  restorePrevious() {
    const id = this.canRestore;
    if (!this.store || !id) return;
    const result = restorePrevious(this.store, id);
    this.#reportSave(result);
    if (!result.ok) return;
    this.open(id);
    this.say(this.#w.restored);
    this.canRestore = null;
  }

  /** A damaged stored value is replaced by its last good copy; the damaged text leaves as a download first. */
  restoreDamaged(id: string) {
    if (!this.store) return;
    this.downloadStored(id);
    const result = restoreLastGood(this.store, id);
    this.#reportSave(result);
    this.refreshList();
    if (result.ok && this.open(id)) this.say(this.#st.restoredLastGood(this.engagement?.title ?? id));
  }

  downloadStored(id: string) {
    const raw = this.list.unreadable[id]?.raw;
    if (raw !== undefined) this.#download(`${id}.stored.txt`, raw, 'text/plain');
  }

  downloadOriginal() {
    const upgraded = this.upgraded;
    if (!this.store || !upgraded) return;
    const text = loadOriginal(this.store, upgraded.id);
    if (text !== null) this.#download(`${upgraded.id}.original.json`, text, 'application/json');
  }

  dismissUpgrade() {
    this.upgraded = null;
  }

  // ── Export ─────────────────────────────────────────────────────────────────────────────

  /** The open engagement as a YAML file, and the mark "last exported" that the progress section compares with. */
  async exportYaml() {
    this.flush();
    const engagement = this.engagement;
    if (!engagement) return;
    const { engagementToYaml } = await import('../core/workshop/import-export.ts');
    this.#download(`${engagement.id}.yaml`, engagementToYaml(engagement), 'application/yaml');
    this.#markExported(engagement);
    this.exportedAt = this.#now().getTime();
  }

  #markExported(exported: Engagement) {
    if (this.store) saveExported(this.store, exported, this.#now().toISOString());
  }

  /** The engagement as last exported, imported or started from a file. */
  lastExport(id: string): Stored | null {
    if (!this.store) return null;
    const loaded = loadExported(this.store, id);
    return loaded.ok ? loaded.stored : null;
  }

  // ── Housekeeping of the stored list ────────────────────────────────────────────────────

  /** A stored engagement under a new title (the schema's rule for titles), saved only if no other tab saved it in between. */
  renameStored(id: string, title: string): boolean {
    if (!this.store) return false;
    if (this.engagement?.id === id) {
      const edit = editProfile(this.engagement, 'title', title, this.today());
      return edit.ok && this.apply(edit.engagement, { status: this.#w.renamed(edit.engagement.title) }) === 'saved';
    }
    const loaded = loadEngagement(this.store, id);
    const edit = loaded.ok ? editProfile(loaded.stored.engagement, 'title', title, this.today()) : undefined;
    if (!loaded.ok || !edit?.ok) return false;
    const saved = saveChecked(this.store, edit.engagement, this.#now().toISOString(), loaded.revision);
    if (saved.ok) this.say(this.#w.renamed(edit.engagement.title));
    else this.say(this.#st.notSaved, true);
    this.refreshList();
    return saved.ok;
  }

  /** A full copy of a stored engagement under a new id, beside the original. */
  duplicateStored(id: string): string | undefined {
    if (!this.store) return undefined;
    const loaded = loadEngagement(this.store, id);
    if (!loaded.ok) return undefined;
    const original = loaded.stored.engagement;
    const copy = copyOfSample(original, this.today(), this.#taken(), this.#w.copyTitle(original.title));
    const saved = saveChecked(this.store, copy, this.#now().toISOString(), 0);
    this.refreshList();
    if (!saved.ok) {
      this.say(this.#st.notSaved, true);
      return undefined;
    }
    this.say(this.#w.duplicated(copy.title));
    return copy.id;
  }

  /** Deletes a stored engagement (closing it if open), everything beside it too; Undo brings it all back. */
  removeStored(id: string) {
    if (!this.store) return;
    const title = this.list.readable.find((s) => s.id === id)?.title ?? id;
    if (this.engagement?.id === id) this.close();
    this.removed = { id, title, entries: takeEngagement(this.store, id) };
    if (this.canRestore === id) this.canRestore = null;
    this.refreshList();
    this.say(this.#w.deleted(title), false, 'removal');
  }

  undoRemove() {
    const removed = this.removed;
    if (!this.store || !removed) return;
    const result = putBackEntries(this.store, removed.id, removed.entries);
    this.removed = null;
    this.refreshList();
    if (result.ok) this.say(this.#w.undeleted(removed.title));
    else this.say(this.#w.undeleteRefused(removed.title), true);
  }

  // ── The room's participants ────────────────────────────────────────────────────────────

  /**
   * Participants' exported files join the room: a file that does not load, belongs to
   * another client or is already in the room is refused with the reason; the good files of
   * the same batch join all the same.
   */
  async addParticipantFiles(files: readonly PickedFile[]): Promise<{ added: number; problems: FileRefusal[] }> {
    const context = this.#context();
    const facilitator = this.engagement;
    if (!context || !facilitator) return { added: 0, problems: [] };
    const { importEngagement } = await import('../core/workshop/import-export.ts');
    const problems: FileRefusal[] = [];
    const added: RoomParticipant[] = [];
    for (const file of files) {
      const result = importEngagement(file.name, file.data, context, file.size);
      if (!result.ok) {
        const lines = result.problems.map((p) => formatProblem(p, this.lang));
        problems.push({ file: file.name, reason: 'problems', lines });
        continue;
      }
      const refusal = refuseParticipant(facilitator, result.engagement, file.name, [...this.participants, ...added]);
      if (refusal) problems.push({ file: file.name, reason: refusal, title: result.engagement.title, lines: [] });
      else added.push(participantFromFile(result.engagement, file.name));
    }
    if (added.length > 0) this.setParticipants([...this.participants, ...added]);
    return { added: added.length, problems };
  }
}
