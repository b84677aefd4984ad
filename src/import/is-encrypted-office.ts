/** The first bytes of an OLE compound file (CFB): old .doc/.xls, and Word or Excel files with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream that holds an encrypted .docx or .xlsx inside its compound file (MS-OFFCRYPTO 2.3.4.4), as its directory names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Whether an Office file is one saved with a password to open it (a .docx or .xlsx encrypted into a compound file). */
export function isEncryptedOffice(data: Uint8Array): boolean {
  if (!CFB.every((b, i) => data[i] === b)) return false;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(ENCRYPTED_PACKAGE);
}

/** What a clerk does with a file that has a password to open it. */
export const PASSWORD_HINT = '请向报送单位要一份没有密码的文件，或在 Word、WPS 中输入密码打开后，在“文件 → 信息 → 保护文档 → 用密码进行加密”中清空密码，另存后再导入';
