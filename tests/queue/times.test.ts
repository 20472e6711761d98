import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_TIMES, queueTimes, TIME_SCALE_VARIABLE } from '../../src/queue/times.js';

describe('queueTimes', () => {
  it('is the default times without the variable, or with it empty', () => {
    expect(queueTimes({})).toEqual(DEFAULT_TIMES);
    expect(queueTimes({ [TIME_SCALE_VARIABLE]: '' })).toEqual(DEFAULT_TIMES);
    expect(DEFAULT_TIMES).toEqual({ lockMs: 10_000, stalledCheckMs: 5000, retryMs: 1000, jobCheckMs: 1000, idleNoticeMs: 10_000 });
  });

  it('multiplies every time by the scale, shorter or longer', () => {
    expect(queueTimes({ [TIME_SCALE_VARIABLE]: '0.2' })).toEqual({ lockMs: 2000, stalledCheckMs: 1000, retryMs: 200, jobCheckMs: 200, idleNoticeMs: 2000 });
    expect(queueTimes({ [TIME_SCALE_VARIABLE]: '3' })).toEqual({ lockMs: 30_000, stalledCheckMs: 15_000, retryMs: 3000, jobCheckMs: 3000, idleNoticeMs: 30_000 });
    expect(queueTimes({ [TIME_SCALE_VARIABLE]: '1e-9' }).retryMs).toBe(1);
  });

  it('refuses a scale that is not a positive number, naming the variable', () => {
    for (const text of ['0', '-1', 'fast', 'Infinity', '0.2s']) {
      expect(() => queueTimes({ [TIME_SCALE_VARIABLE]: text })).toThrow(UsageError);
      expect(() => queueTimes({ [TIME_SCALE_VARIABLE]: text })).toThrow(`${TIME_SCALE_VARIABLE}=${text}: not a positive number`);
    }
  });
});
