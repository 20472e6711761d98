// How long the queue waits on things: a dead worker's locks, a failed batch's next try, a job looked at again, a
// build telling its user that no worker serves its queue. DIPLOGRAPH_QUEUE_TIME_SCALE multiplies them all (0.2: a
// fifth of each), so that the tests see a fault handled within seconds instead of waiting out these intervals.
import { UsageError } from '../errors.js';

export interface QueueTimes {
  /**
   * A batch's lock. It is renewed every half lockMs while a worker holds the batch (extraction runs on threads, so
   * renewals are never held up); a batch whose worker died goes to another within lockMs + stalledCheckMs.
   */
  readonly lockMs: number;
  /** How often a worker looks for batches whose locks ran out. */
  readonly stalledCheckMs: number;
  /** Between the tries of a failed batch. */
  readonly retryMs: number;
  /** How often a build looks at a waiting batch's job: failed, or lost with Redis's memory. */
  readonly jobCheckMs: number;
  /** With no batch done for this long, a build says so when no worker listens to its queue. */
  readonly idleNoticeMs: number;
}

/** A killed worker's batches go to another within about 15 s; a waiting build says why after ten. */
export const DEFAULT_TIMES: QueueTimes = { lockMs: 10_000, stalledCheckMs: 5_000, retryMs: 1000, jobCheckMs: 1000, idleNoticeMs: 10_000 };

export const TIME_SCALE_VARIABLE = 'DIPLOGRAPH_QUEUE_TIME_SCALE';

/** The queue's times, multiplied by DIPLOGRAPH_QUEUE_TIME_SCALE when it is set; a scale that is not a positive number is a usage error. */
export function queueTimes(env: NodeJS.ProcessEnv = process.env): QueueTimes {
  const text = env[TIME_SCALE_VARIABLE];
  if (text === undefined || text === '') return DEFAULT_TIMES;
  const scale = Number(text);
  if (!(Number.isFinite(scale) && scale > 0)) throw new UsageError(`${TIME_SCALE_VARIABLE}=${text}: not a positive number`);
  const scaled = (ms: number) => Math.max(1, Math.round(ms * scale));
  return {
    lockMs: scaled(DEFAULT_TIMES.lockMs),
    stalledCheckMs: scaled(DEFAULT_TIMES.stalledCheckMs),
    retryMs: scaled(DEFAULT_TIMES.retryMs),
    jobCheckMs: scaled(DEFAULT_TIMES.jobCheckMs),
    idleNoticeMs: scaled(DEFAULT_TIMES.idleNoticeMs),
  };
}
