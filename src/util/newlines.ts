/** Text with Windows (`\r\n`) and old Mac (`\r`) line ends made `\n`; returned as is when it has none. */
export function unixNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
