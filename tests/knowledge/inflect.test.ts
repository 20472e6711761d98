import { describe, expect, it } from 'vitest';
import { gerunds, pastForms, plural, thirdPerson, verbForms } from '../../src/knowledge/inflect.js';

describe('regular inflections', () => {
  it('adds -s, -es after sibilants and -o, -ies after a consonant and y', () => {
    expect(['meet', 'push', 'fix', 'veto', 'deny', 'convey'].map(thirdPerson)).toEqual(['meets', 'pushes', 'fixes', 'vetoes', 'denies', 'conveys']);
  });

  it('adds -d after e, -ied after a consonant and y, and doubles a final consonant after one stressed vowel', () => {
    expect(pastForms('praise')).toEqual(['praised']);
    expect(pastForms('deny')).toEqual(['denied']);
    expect(pastForms('stop')).toEqual(['stopped']);
    expect(pastForms('prefer')).toEqual(['preferred']);
    expect(pastForms('commit')).toEqual(['committed']);
    expect(pastForms('equip')).toEqual(['equipped']);
    // Stress on the first syllable, or two vowels: no doubling.
    expect(pastForms('visit')).toEqual(['visited']);
    expect(pastForms('offer')).toEqual(['offered']);
    expect(pastForms('limit')).toEqual(['limited']);
    expect(pastForms('treat')).toEqual(['treated']);
    expect(pastForms('panic')).toEqual(['panicked']);
  });

  it('keeps British and American spellings of a final l', () => {
    expect(pastForms('cancel')).toEqual(['cancelled', 'canceled']);
    expect(gerunds('signal')).toEqual(['signalling', 'signaling']);
    expect(pastForms('dial')).toEqual(['dialled', 'dialed']);
    expect(pastForms('control')).toEqual(['controlled']);
  });

  it('drops a silent e before -ing but keeps it after e, o, y and turns ie into y', () => {
    expect(gerunds('congratulate')).toEqual(['congratulating']);
    expect(gerunds('agree')).toEqual(['agreeing']);
    expect(gerunds('tie')).toEqual(['tying']);
    expect(gerunds('host')).toEqual(['hosting']);
    expect(gerunds('regret')).toEqual(['regretting']);
  });

  it('lists every form of a verb once, the lemma first', () => {
    expect(verbForms('condemn')).toEqual(['condemn', 'condemns', 'condemned', 'condemning']);
  });

  it('makes no plural of a word the dictionary already writes in the plural', () => {
    expect(plural('meeting')).toBe('meetings');
    expect(plural('treaty')).toBe('treaties');
    expect(plural('address')).toBe('addresses');
    expect(plural('talks')).toBeUndefined();
  });
});
