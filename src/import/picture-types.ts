/** Picture file extensions the report can print (PNG and JPEG). */
export const REPORT_PICTURE: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg']);

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/x-emf': 'emf',
  'image/emf': 'emf',
  'image/x-wmf': 'wmf',
  'image/wmf': 'wmf',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
};

/** The file extension (without dot) for a picture's content type, e.g. image/jpeg → jpg. */
export function pictureExtension(contentType: string): string {
  return EXTENSIONS[contentType.toLowerCase()] ?? /^image\/(?:x-)?([a-z0-9]+)$/i.exec(contentType)?.[1]?.toLowerCase() ?? 'bin';
}
