// Paths shared by the import tests: the upstream dumps (../shared/data, absent on some machines, so tests
// that need them are skipped there) and the committed gazetteer files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPaths } from '../../../src/knowledge/import/main.js';

export const paths = defaultPaths();
export const csvFile = join(paths.shared, 'wikidata-heads', 'leaders_history.csv');
export const phoenixFile = join(paths.shared, 'phoenix-actors', 'Phoenix.Countries.actors.txt');
export const cameoDictionary = join(paths.shared, 'cameo-verbs', 'CAMEO.2.0.txt');
export const haveShared = existsSync(csvFile) && existsSync(phoenixFile) && existsSync(cameoDictionary);

export function gazetteerFile<T = { entries: Record<string, unknown>[] }>(name: string): T {
  return JSON.parse(readFileSync(join(paths.out, `${name}.json`), 'utf8')) as T;
}
