// Following the workspace's files on disk: any change starts a new check shortly after.
import { watch, type FSWatcher } from 'chokidar';

/**
 * Watches `paths` (folders recursively) and calls `changed` once per burst of changes, `quiet` ms
 * after the last one; temporary files of atomic writes and the output folder are ignored.
 */
export function watchFiles(paths: readonly string[], ignore: readonly string[], changed: () => void, quiet = 150): { close(): Promise<void>; ready: Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch([...paths], {
    ignoreInitial: true,
    ignored: (p) => ignore.some((i) => p === i || p.startsWith(i + '/')) || /(^|\/)\.[^/]*\.tmp$/.test(p) || /(^|\/)node_modules(\/|$)/.test(p),
    persistent: true,
  });
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(changed, quiet);
  };
  watcher.on('all', fire);
  watcher.on('error', () => fire());
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
