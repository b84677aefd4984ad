/** Full-width digits and ．／－ as clerks type them on a Chinese keyboard, made half-width (２０２１．６ → 2021.6). */
export function halfWidth(s: string): string {
  return s.replace(/[０-９．／－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
