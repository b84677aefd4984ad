/** The typefaces an official document uses, by what they set. */
export type FontRole = 'fangsong' | 'hei' | 'kai' | 'song' | 'title';

/** Every role, in the order `dossier fonts` lists them. */
export const ROLES: readonly FontRole[] = ['fangsong', 'hei', 'kai', 'song', 'title'];

/** What each role sets and the official font Word should use for it (named in the DOCX). */
export const ROLE_INFO: Readonly<Record<FontRole, { zh: string; official: string; use: string }>> = {
  fangsong: { zh: '仿宋', official: '仿宋_GB2312', use: '正文、三级和四级标题' },
  hei: { zh: '黑体', official: '黑体', use: '一级标题、附件标识' },
  kai: { zh: '楷体', official: '楷体_GB2312', use: '二级标题' },
  song: { zh: '宋体', official: '宋体', use: '页码' },
  title: { zh: '小标宋', official: '方正小标宋简体', use: '文件标题、附件标题' },
};

/** A font file to try: a path (any of several spellings) and, for collections, the face's PostScript name. */
export interface FontCandidate {
  readonly path: string;
  readonly face?: string;
}

/** A font setting as written in the config: `path`, or `path#PostScriptName` for a face inside a .ttc collection. */
export function fontCandidate(setting: string): FontCandidate {
  const i = setting.lastIndexOf('#');
  return i > 0 ? { path: setting.slice(0, i), face: setting.slice(i + 1) } : { path: setting };
}

const WIN = 'C:/Windows/Fonts';
const MAC = ['/Library/Fonts', '/System/Library/Fonts', '/System/Library/Fonts/Supplemental'];
const FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol';
const NOTO = '/usr/share/fonts/opentype/noto';

/**
 * Where each role's font is looked for, best first: the official fonts in the Windows and macOS
 * font folders, then free substitutes from Debian packages (Fandol from texlive-lang-chinese,
 * Noto CJK from fonts-noto-cjk, AR PL from fonts-arphic-*).
 */
export const CANDIDATES: Readonly<Record<FontRole, readonly FontCandidate[]>> = {
  fangsong: [
    { path: `${WIN}/仿宋_GB2312.ttf` },
    { path: `${WIN}/FS_GB2312.ttf` },
    { path: `${WIN}/simfang.ttf` },
    ...MAC.map((d) => ({ path: `${d}/FangSong.ttf` })),
    { path: `${FANDOL}/FandolFang-Regular.otf` },
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
  ],
  hei: [
    { path: `${WIN}/simhei.ttf` },
    ...MAC.map((d) => ({ path: `${d}/STHeiti Medium.ttc`, face: 'STHeitiSC-Medium' })),
    { path: `${FANDOL}/FandolHei-Regular.otf` },
    { path: `${NOTO}/NotoSansCJK-Regular.ttc`, face: 'NotoSansCJKsc-Regular' },
  ],
  kai: [
    { path: `${WIN}/楷体_GB2312.ttf` },
    { path: `${WIN}/KT_GB2312.ttf` },
    { path: `${WIN}/simkai.ttf` },
    ...MAC.map((d) => ({ path: `${d}/Kaiti.ttc`, face: 'STKaitiSC-Regular' })),
    { path: `${FANDOL}/FandolKai-Regular.otf` },
    { path: '/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf' },
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
  ],
  song: [
    { path: `${WIN}/simsun.ttc`, face: 'SimSun' },
    ...MAC.map((d) => ({ path: `${d}/Songti.ttc`, face: 'STSongti-SC-Regular' })),
    { path: `${FANDOL}/FandolSong-Regular.otf` },
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
  ],
  title: [
    { path: `${WIN}/FZXBSJW.TTF` },
    { path: `${WIN}/方正小标宋简体.ttf` },
    { path: `${WIN}/FZXiaoBiaoSong-B05S.ttf` },
    ...MAC.map((d) => ({ path: `${d}/FZXBSJW.TTF` })),
    // Fandol's bold Song is a fifth of the size of the Noto collection, and close enough to 小标宋.
    { path: `${FANDOL}/FandolSong-Bold.otf` },
    { path: `${NOTO}/NotoSerifCJK-Bold.ttc`, face: 'NotoSerifCJKsc-Bold' },
  ],
};

/** Fonts tried, in order, for a character the role's own font lacks. */
export const FALLBACKS: readonly FontCandidate[] = [
  { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
  { path: `${NOTO}/NotoSansCJK-Regular.ttc`, face: 'NotoSansCJKsc-Regular' },
  { path: `${FANDOL}/FandolSong-Regular.otf` },
  { path: `${WIN}/simsun.ttc`, face: 'SimSun' },
  { path: `${WIN}/simsunb.ttf` },
  ...MAC.map((d) => ({ path: `${d}/Songti.ttc`, face: 'STSongti-SC-Regular' })),
];
