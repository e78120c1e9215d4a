/**
 * `record[key]` when the record itself holds `key`, else undefined. Keys of engagement
 * maps (answers, tasks, gates, scores, weights) and the ids looked up in them come from
 * files, and `constructor` is a well-formed id: a plain `record[id]` would answer it with
 * Object.prototype's function (and `name`, `length` or a throwing `caller` one level down),
 * counting an unanswered question as answered or an untracked task as tracked.
 */
export function own<V>(record: Readonly<Partial<Record<string, V>>> | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
