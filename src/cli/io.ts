/** What a command may use of the outside world; only cli/index.ts binds it to the real process. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's date, YYYY-MM-DD (local time). */
  readonly today: string;
  /** Terminal width, or a sensible default when output is not a terminal. */
  readonly columns: number;
  /** True when stderr is a terminal, so progress may be drawn there. */
  readonly isTTY: boolean;
  /** Where status lines go instead of the terminal, when set (the browser workbench shows them). */
  readonly status?: (message: string) => void;
  out(text: string): void;
  err(text: string): void;
}
