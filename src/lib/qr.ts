/**
 * A QR code as SVG markup, made at build time (qrcode-generator, MIT, no dependencies), so a
 * printed page can be opened again on a phone. One path of dark squares with a quiet zone of
 * four modules, as the QR standard asks; no inline style, so the strict CSP holds.
 */
import qrcode from 'qrcode-generator';

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules as one SVG path, in module units, offset by the quiet zone. */
  path: string;
  /** The viewBox side: size plus the quiet zone on both sides. */
  viewBox: number;
}

export const quietZone = 4;

/** The QR code of `text` (error correction M: still reads with a fold or a smudge). */
export function qrCode(text: string): QrCode {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (code.isDark(row, col)) parts.push(`M${col + quietZone} ${row + quietZone}h1v1h-1z`);
    }
  }
  return { size, path: parts.join(''), viewBox: size + quietZone * 2 };
}

/** Reads the code back as a grid of booleans, for tests: true where a module is dark. */
export function qrModules(code: QrCode): boolean[][] {
  const grid = Array.from({ length: code.size }, () => Array<boolean>(code.size).fill(false));
  for (const match of code.path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    grid[Number(match[2]) - quietZone]![Number(match[1]) - quietZone] = true;
  }
  return grid;
}
