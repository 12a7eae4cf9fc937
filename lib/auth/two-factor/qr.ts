// A QR code as one SVG path, made on the server (no network, no image request for a CSP to allow).
import 'server-only';
import QRCode from 'qrcode';

export type QrPath = { size: number; d: string };

export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return { size: modules.size, d: parts.join('') };
}
