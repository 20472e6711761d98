import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/extract/read/index.js';
import { batchData, batchJobId, queueName, readBatch } from '../../src/queue/batch.js';
import { devArticlePath, listDevArticles, readDevArticle } from '../helpers/corpus.js';

const articles = listDevArticles().slice(0, 3).map((id) => parseArticle(readDevArticle(id), { id, file: devArticlePath(id), format: 'txt' }).article!);

describe('batches', () => {
  it('reads back the articles a build puts on the queue, through JSON as BullMQ stores them', () => {
    expect(readBatch(JSON.parse(JSON.stringify(batchData(articles))))).toEqual(articles);
  });

  it('refuses a batch whose article text does not match its sha256, or that is not a batch', () => {
    const damaged = { ...articles[1]!, text: `${articles[1]!.text.slice(0, -10)}` };
    expect(() => readBatch(batchData([articles[0]!, damaged]))).toThrow(/does not match its sha256/);
    expect(() => readBatch({ articles })).toThrow(/not a diplograph-batch/);
    expect(() => readBatch(null)).toThrow(/not a diplograph-batch/);
  });

  it('names a batch by its articles\' keys and a queue by the extractor', () => {
    expect(batchJobId(['a', 'b'])).toBe(batchJobId(['a', 'b']));
    expect(batchJobId(['a', 'b'])).not.toBe(batchJobId(['b', 'a']));
    expect(queueName('0123456789abcdef0123')).toBe('extract-0123456789abcdef');
  });
});
