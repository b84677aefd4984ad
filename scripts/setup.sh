#!/usr/bin/env bash
# Sets up dossier on a fresh Debian/Ubuntu machine: the system packages it needs (Chinese fonts for
# the PDFs: Noto CJK and the Fandol fonts of texlive-lang-chinese; poppler-utils, qpdf and unzip for the tests;
# LibreOffice Writer without its desktop parts and the Liberation fonts, which the tests lay out the DOCX
# with, unless a LibreOffice is there already; Debian's chromium for the browser tests), then the npm packages from the lockfile.
# Last, it installs the dossier command on PATH (npm install -g . links it to this folder), so that
# `dossier` works in any workspace folder.
# Usage: bash scripts/setup.sh          (as root, or as a user who may use sudo)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
PACKAGES=(fonts-noto-cjk texlive-lang-chinese poppler-utils qpdf unzip fonts-liberation)
# Any LibreOffice will do; the desktop-less Writer is the smallest.
command -v soffice >/dev/null || PACKAGES+=(libreoffice-writer-nogui)
# The browser the workbench tests (dossier serve) drive through playwright-core.
command -v chromium >/dev/null || PACKAGES+=(chromium)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "安装系统软件包：${missing[*]}"
  if [ "$SUDO" = "none" ]; then
    echo "需要管理员权限安装：apt-get install -y ${missing[*]}（请让管理员安装后重试）" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif ! command -v dpkg-query >/dev/null; then
  echo "提示：不是 Debian/Ubuntu 系统，请自行安装中文字体（Noto CJK）、poppler-utils 和 qpdf。" >&2
fi
# So that LibreOffice shows the official font names of our DOCX with the installed substitutes.
mkdir -p "$HOME/.config/fontconfig/conf.d"
cp data/fontconfig/60-dossier-official-fonts.conf "$HOME/.config/fontconfig/conf.d/"
npm ci --no-audit --no-fund
# The dossier command, for every workspace folder: a global link to this folder (rebuilding updates it).
if npm install -g --no-audit --no-fund . >/dev/null 2>&1 || { [ "$SUDO" = "sudo" ] && sudo npm install -g --no-audit --no-fund . >/dev/null; }; then
  if command -v dossier >/dev/null; then
    echo "已安装 dossier 命令：$(command -v dossier)。在任何文件夹中都可以运行 dossier --help。"
  else
    echo "已安装 dossier 命令到 $(npm prefix -g)/bin，但这个文件夹不在 PATH 中：请把它加入 PATH，或用 node $(pwd)/dist/bin/dossier.js 代替 dossier。" >&2
  fi
else
  echo "没有权限把 dossier 命令安装到系统中：请让管理员在本文件夹运行 npm install -g .，或用 node $(pwd)/dist/bin/dossier.js 代替 dossier。" >&2
fi
