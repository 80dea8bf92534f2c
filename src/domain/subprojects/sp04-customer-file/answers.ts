import type { JsonValue } from '../../session/actions';
import type { Answers } from '../../session/replay';
import { isRecord, strings } from '../answer-values';
import type { RecordField } from './content';

/** One customer record as the team built it; text fields are '' until filled. */
export interface TeamRecord {
  /** 'R1', 'R2' … in the order the team created them. */
  readonly id: string;
  /** Ids of the raw notes filed in this record. */
  readonly notes: readonly string[];
  readonly name: string;
  readonly phone: string;
  readonly place: string;
  readonly interest: string;
  readonly type: string;
  readonly scope: string;
}

/** All records live in one answer field, so merging (moving a note between records) is one saved step. */
export const FIELDS = { records: 'records' } as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const RECORD_ID = /^R\d{1,4}$/;

/**
 * The team's records, read defensively from the logged JSON: anything that is
 * not a record is skipped, and a note filed twice counts only in its first record.
 */
export function readRecords(answers: Answers): TeamRecord[] {
  const raw = answers[FIELDS.records];
  if (!Array.isArray(raw)) return [];
  const seenIds = new Set<string>();
  const seenNotes = new Set<string>();
  const records: TeamRecord[] = [];
  for (const item of raw) {
    if (!isRecord(item)) continue;
    const id = text(item['id']);
    if (!RECORD_ID.test(id) || seenIds.has(id)) continue;
    seenIds.add(id);
    const notes = strings(item['notes']).filter((note) => !seenNotes.has(note));
    notes.forEach((note) => seenNotes.add(note));
    records.push({
      id,
      notes,
      name: text(item['name']),
      phone: text(item['phone']),
      place: text(item['place']),
      interest: text(item['interest']),
      type: text(item['type']),
      scope: text(item['scope']),
    });
  }
  return records;
}

/** The record list as the JSON stored in the answer field. */
export const recordsJson = (records: readonly TeamRecord[]): JsonValue =>
  records.map((record) => ({ ...record, notes: [...record.notes] }));

/** Note id → the record that holds it. */
export const noteHolders = (records: readonly TeamRecord[]): Map<string, TeamRecord> =>
  new Map(records.flatMap((record) => record.notes.map((note) => [note, record] as const)));

/** The id the next new record gets: one past the highest number in use. */
export function nextRecordId(records: readonly TeamRecord[]): string {
  const highest = Math.max(0, ...records.map((record) => Number(record.id.slice(1))));
  return `R${highest + 1}`;
}

/**
 * Pure edits of the record list. Each takes the stored list and returns the new
 * one, so the workspace can show a change at once and save the same change
 * against whatever the database holds by then.
 */
export const edits = {
  /** A new record holding one note (taken out of any record it was in). */
  create: (noteId: string) => (records: readonly TeamRecord[]) => {
    const rest = edits.detach(noteId)(records);
    return [
      ...rest,
      { id: nextRecordId(records), notes: [noteId], name: '', phone: '', place: '', interest: '', type: '', scope: '' },
    ];
  },
  /** Files a note in a record (merging), moving it from the record it was in. */
  attach: (noteId: string, recordId: string) => (records: readonly TeamRecord[]) =>
    edits
      .detach(noteId)(records)
      .map((record) => (record.id === recordId ? { ...record, notes: [...record.notes, noteId] } : record)),
  /** Takes a note out of whatever record holds it. */
  detach: (noteId: string) => (records: readonly TeamRecord[]) =>
    records.map((record) =>
      record.notes.includes(noteId) ? { ...record, notes: record.notes.filter((note) => note !== noteId) } : record,
    ),
  remove: (recordId: string) => (records: readonly TeamRecord[]) => records.filter((record) => record.id !== recordId),
  /** Sets one field; a record that is gone stays gone (a late save from a removed form changes nothing). */
  set: (recordId: string, field: RecordField, value: string) => (records: readonly TeamRecord[]) =>
    records.map((record) => (record.id === recordId ? { ...record, [field]: value } : record)),
};

/** Applies an edit to a stored answer value and returns the JSON to save. */
export function applyEdit(
  previous: JsonValue | null,
  edit: (records: readonly TeamRecord[]) => readonly TeamRecord[],
): JsonValue {
  return recordsJson(edit(readRecords({ [FIELDS.records]: previous })));
}
