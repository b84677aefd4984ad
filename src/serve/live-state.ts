// The latest check of the workspace, redone when files change, and the pages that follow it.
import { WorkbenchError, type Snapshot, type Workbench } from './workbench.js';

/** A page listening for changes (server-sent events). */
export type Listener = (event: string, data: string) => void;

/** The state the server shows: the last snapshot or the error that stops one, and its version number. */
export class LiveState {
  snapshot: Snapshot | undefined;
  error: WorkbenchError | undefined;
  version = 0;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly workbench: Workbench) {}

  /** Checks again now (one check at a time; changes during a check cause one more) and tells the listeners. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          this.snapshot = await this.workbench.check();
          this.error = undefined;
        } catch (err) {
          // A fault of the program must not stop the server: the pages say it until the next check.
          this.error = err instanceof WorkbenchError ? err : new WorkbenchError(`检查时出现程序错误：${(err as Error).message}`, '这是程序的问题，不是您的操作问题；请把这条信息转给维护人员');
        }
        this.version++;
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
      this.send('change', String(this.version));
    });
    return this.running;
  }

  /** Adds a listener; returns the function that removes it. */
  listen(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Sends an event to every listener. */
  send(event: string, data: string): void {
    for (const l of this.listeners) l(event, data);
  }
}
