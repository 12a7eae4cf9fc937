// A QR code drawn from the path lib/auth/two-factor/qr.ts made on the server (crisp at any size, no image request).
import type { QrPath } from '@/lib/auth/two-factor/qr';

export function QrCode({ qr, label }: { qr: QrPath; label: string }) {
  const quiet = 2;
  const size = qr.size + quiet * 2;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`${-quiet} ${-quiet} ${size} ${size}`} width={200} height={200} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={size} height={size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
