import { describe, expect, it } from 'vitest';
import { applyEdit, edits, nextRecordId, readRecords, type TeamRecord } from './answers';

const blank = { name: '', phone: '', place: '', interest: '', type: '', scope: '' };
const run = (...steps: ((records: readonly TeamRecord[]) => readonly TeamRecord[])[]) =>
  steps.reduce<readonly TeamRecord[]>((records, step) => step(records), []);

describe('sub-project 4 record edits', () => {
  it('numbers new records in creation order and moves a note when it is filed elsewhere', () => {
    const records = run(edits.create('N03'), edits.create('N07'), edits.attach('N09', 'R1'), edits.attach('N07', 'R1'));
    expect(records).toEqual([
      { id: 'R1', notes: ['N03', 'N09', 'N07'], ...blank },
      { id: 'R2', notes: [], ...blank },
    ]);
    expect(nextRecordId(records)).toBe('R3');
    expect(run(edits.create('N01'), edits.create('N01'))).toEqual([
      { id: 'R1', notes: [], ...blank },
      { id: 'R2', notes: ['N01'], ...blank },
    ]);
  });

  it('sets fields, detaches notes and removes records; a late edit of a removed record changes nothing', () => {
    const records = run(
      edits.create('N01'),
      edits.set('R1', 'phone', '138 0000 1111'),
      edits.create('N02'),
      edits.detach('N01'),
      edits.remove('R2'),
      edits.set('R2', 'name', 'late'),
    );
    expect(records).toEqual([{ id: 'R1', notes: [], ...blank, phone: '138 0000 1111' }]);
  });

  it('reads stored JSON defensively and saves edits as plain JSON', () => {
    expect(
      readRecords({
        records: [
          { id: 'R1', notes: ['N01', 'N01', 4], name: 3 },
          { id: 'R1', notes: ['N02'] },
          { id: 'X', notes: [] },
          { id: 'R2', notes: ['N01', 'N05'], scope: 'broad' },
          'junk',
        ],
      }),
    ).toEqual([
      { id: 'R1', notes: ['N01'], ...blank },
      { id: 'R2', notes: ['N05'], ...blank, scope: 'broad' },
    ]);
    expect(applyEdit(null, edits.create('N04'))).toEqual([{ id: 'R1', notes: ['N04'], ...blank }]);
  });
});
