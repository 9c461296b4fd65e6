/**
 * Where an opened folder's index came from, as data and as the one start-up log line an operator
 * reads: read from the cache (and which files were re-read), or rebuilt and why.
 */

/** Why the index was rebuilt instead of read from the cache file. */
export type RebuildReason = 'missing' | 'code' | 'deps' | 'data' | 'settings' | 'format' | 'damaged';

/** How the index cache was used. */
export interface CacheReport {
  /** 'off' (no cache file), 'built' (indexed from the files, cache written), 'loaded' (read, maybe updated), 'small' (too few articles to keep a cache). */
  status: 'off' | 'built' | 'loaded' | 'small';
  /** Set when a cache file was configured but not read. */
  reason?: RebuildReason;
  /** Articles served from the cache without reading their file. */
  reused: number;
  /** Files read (new, changed, or everything when rebuilding). */
  read: number;
  /** Cached articles dropped because their file is gone. */
  removed: number;
  /** The cache file, when one is configured. */
  file?: string;
  /** Something an operator should fix or know (a damaged or unwritable cache file): a warning. */
  note?: string;
}

const WHY: Record<RebuildReason, string> = {
  missing: 'no index cache yet',
  code: 'index cache was written by another build (engine code changed)',
  deps: 'index cache was written by another build (package versions changed)',
  format: 'index cache was written by another build (older file format)',
  data: 'index cache was built with other data files (data/lexicon)',
  settings: 'index cache was built with other engine settings',
  damaged: 'index cache is damaged',
};

const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;

/** One line: "index read from the cache …; 3 files changed: re-reading them", "index cache was written by another build …: rebuilding". */
export function describeCache(report: CacheReport, articles: number): string {
  const count = `${articles} article${articles === 1 ? '' : 's'}`;
  switch (report.status) {
    case 'off':
      return `indexed ${count} from their files (index cache off)`;
    case 'small':
      return `indexed ${count} from their files (an index cache is kept from 50 articles)`;
    case 'loaded': {
      const changed = report.read + report.removed;
      return changed === 0
        ? `index read from the cache ${report.file ?? ''} (${count}, no file changed)`
        : `index read from the cache ${report.file ?? ''}; ${files(changed)} changed: re-reading them (${count})`;
    }
    case 'built':
      return report.reason === 'missing' || report.reason === undefined
        ? `no index cache yet: indexed ${count} and wrote ${report.file ?? 'the cache'}`
        : `${WHY[report.reason]}: rebuilding (${count})`;
  }
}
