import { UsageError } from './errors.js';

/**
 * The timestamp stamped into generated files: SOURCE_DATE_EPOCH when set, else `fallback`
 * (the workspace's date), so the same inputs always give the same bytes.
 */
export function buildDate(env: Readonly<Record<string, string | undefined>>, fallback: string): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(`环境变量 SOURCE_DATE_EPOCH 应是秒数（整数），现在是“${epoch}”`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date(`${fallback}T00:00:00Z`);
}
