/** A title made safe as part of a file name on Windows, macOS and Linux, cut at `max` characters. */
export function fileNameSafe(title: string, max = 30): string {
  const clean = title
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const chars = [...clean];
  return (chars.length > max ? chars.slice(0, max).join('') : clean).replace(/[.\s]+$/, '');
}
