// Option parsers: dates for --since and --until, as a day, a month or a year.
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseSince, parseUntil } from '../../src/cli/options.js';

describe('--since and --until', () => {
  it('read a year or a month as its first day (since) or its last (until)', () => {
    expect([parseSince('2024'), parseUntil('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([parseSince('2024-02'), parseUntil('2024-02'), parseUntil('2023-02'), parseUntil('2024-04')]).toEqual(['2024-02-01', '2024-02-29', '2023-02-28', '2024-04-30']);
    expect([parseSince('2024-03-19'), parseUntil('2024-03-19')]).toEqual(['2024-03-19', '2024-03-19']);
  });

  it('refuse what is not a date, month or year', () => {
    for (const bad of ['March', '2024-13', '24', '2024-3', '2024/03']) expect(() => parseSince(bad), bad).toThrow(InvalidArgumentError);
  });
});
