// Demo images drawn locally: seeded SVG scenes (gradients and shapes, no text, so no fonts are needed)
// rendered with sharp. The same key always draws the same picture.
import sharp from 'sharp';

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export type Scene = 'hills' | 'skyline' | 'waves' | 'blocks' | 'bars' | 'rails' | 'orbits' | 'forest';

const PALETTES: [string, string, string, string, string][] = [
  ['#0f2a44', '#1f5f8b', '#f2a65a', '#f6d8ae', '#e4572e'],
  ['#1b3a2f', '#3f7d5a', '#c9d7a6', '#f4e9cd', '#d98e04'],
  ['#2b1d3a', '#6a3e8c', '#e07a9b', '#fbd1c4', '#ffb347'],
  ['#102a2e', '#2a7f7b', '#9ed9cc', '#f7f3e3', '#ef6f4c'],
  ['#3b1f1a', '#a0442c', '#e9b872', '#f7ecd9', '#2d6a8a'],
  ['#14213d', '#385f9e', '#a8c5e6', '#eef3f8', '#fca311'],
  ['#2f2f2f', '#5c6b73', '#9db4c0', '#e0fbfc', '#c2553d'],
  ['#23395b', '#406e8e', '#8ea8c3', '#cbf7ed', '#f25f5c'],
  ['#3d2c2e', '#7d4e57', '#d4a373', '#faedcd', '#4a7c59'],
  ['#0b3c49', '#2e8b57', '#e9d985', '#fefae0', '#bc4b51'],
];

type Rand = () => number;
const pick = <T,>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo);
const n = (v: number) => v.toFixed(1);

function ridge(r: Rand, w: number, h: number, base: number, rough: number, steps = 8): string {
  const pts: string[] = [`M0 ${h}`, `L0 ${n(base + between(r, -rough, rough))}`];
  for (let i = 1; i <= steps; i++) {
    const x = (w / steps) * i;
    const cx = x - w / steps / 2;
    pts.push(`Q${n(cx)} ${n(base + between(r, -rough * 1.6, rough))} ${n(x)} ${n(base + between(r, -rough, rough))}`);
  }
  pts.push(`L${w} ${h} Z`);
  return pts.join(' ');
}

function sceneBody(scene: Scene, r: Rand, w: number, h: number, p: string[]): string {
  const [dark, mid, light, pale, accent] = p as [string, string, string, string, string];
  const parts: string[] = [];
  switch (scene) {
    case 'hills':
    case 'forest': {
      parts.push(`<circle cx="${n(between(r, 0.15, 0.85) * w)}" cy="${n(between(r, 0.2, 0.4) * h)}" r="${n(h * between(r, 0.08, 0.14))}" fill="${accent}" opacity="0.9"/>`);
      const layers = [light, mid, dark];
      layers.forEach((fill, i) => {
        parts.push(`<path d="${ridge(r, w, h, h * (0.5 + i * 0.14), h * 0.07)}" fill="${fill}" opacity="${0.75 + i * 0.1}"/>`);
      });
      if (scene === 'forest') {
        for (let i = 0; i < 40; i++) {
          const x = between(r, 0, w);
          const y = between(r, h * 0.72, h * 0.98);
          const s = between(r, 20, 60);
          parts.push(`<path d="M${n(x)} ${n(y - s * 2)} L${n(x - s / 2)} ${n(y)} L${n(x + s / 2)} ${n(y)} Z" fill="${i % 3 ? dark : mid}" opacity="0.9"/>`);
        }
      }
      break;
    }
    case 'skyline': {
      parts.push(`<circle cx="${n(between(r, 0.2, 0.8) * w)}" cy="${n(h * 0.35)}" r="${n(h * 0.2)}" fill="${accent}" opacity="0.5"/>`);
      for (const [fill, top, count] of [
        [mid, 0.35, 14],
        [dark, 0.5, 18],
      ] as const) {
        let x = -20;
        for (let i = 0; i < count && x < w; i++) {
          const bw = between(r, w / count / 1.4, (w / count) * 1.3);
          const bh = between(r, h * (1 - top) * 0.45, h * (1 - top));
          parts.push(`<rect x="${n(x)}" y="${n(h - bh)}" width="${n(bw)}" height="${n(bh)}" fill="${fill}"/>`);
          if (fill === dark) {
            for (let k = 0; k < 6; k++) {
              parts.push(`<rect x="${n(x + between(r, 6, bw - 16))}" y="${n(h - bh + between(r, 10, bh - 20))}" width="8" height="12" fill="${pale}" opacity="0.7"/>`);
            }
          }
          x += bw + between(r, 0, 14);
        }
      }
      break;
    }
    case 'waves': {
      for (let i = 0; i < 7; i++) {
        const y = h * (0.35 + i * 0.1);
        const amp = between(r, 12, 40);
        const len = between(r, 180, 360);
        let d = `M0 ${n(y)}`;
        for (let x = 0; x <= w + len; x += len) d += ` q${n(len / 4)} ${n(-amp)} ${n(len / 2)} 0 t${n(len / 2)} 0`;
        d += ` L${w} ${h} L0 ${h} Z`;
        parts.push(`<path d="${d}" fill="${[light, mid, dark][i % 3]}" opacity="${n(0.35 + i * 0.09)}"/>`);
      }
      parts.push(`<circle cx="${n(between(r, 0.1, 0.9) * w)}" cy="${n(h * 0.22)}" r="${n(h * 0.09)}" fill="${accent}"/>`);
      break;
    }
    case 'blocks': {
      const cols = 8;
      const rows = 4;
      const cw = w / cols;
      const rh = h / rows;
      for (let cx = 0; cx < cols; cx++) {
        for (let ry = 0; ry < rows; ry++) {
          const fill = pick(r, [dark, mid, light, pale, accent]);
          const x = cx * cw;
          const y = ry * rh;
          const shape = Math.floor(r() * 4);
          if (shape === 0) parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(cw)}" height="${n(rh)}" fill="${fill}"/>`);
          else if (shape === 1) parts.push(`<circle cx="${n(x + cw / 2)}" cy="${n(y + rh / 2)}" r="${n(Math.min(cw, rh) / 2.2)}" fill="${fill}"/>`);
          else if (shape === 2) parts.push(`<path d="M${n(x)} ${n(y + rh)} A${n(cw)} ${n(rh)} 0 0 1 ${n(x + cw)} ${n(y)} L${n(x + cw)} ${n(y + rh)} Z" fill="${fill}"/>`);
          else parts.push(`<path d="M${n(x)} ${n(y)} L${n(x + cw)} ${n(y + rh)} L${n(x)} ${n(y + rh)} Z" fill="${fill}"/>`);
        }
      }
      break;
    }
    case 'bars': {
      const count = 12;
      const gap = w / (count * 4);
      const bw = (w - gap * (count + 1)) / count;
      let level = between(r, 0.3, 0.5);
      for (let i = 0; i < count; i++) {
        level = Math.min(0.85, Math.max(0.15, level + between(r, -0.12, 0.15)));
        const bh = h * level;
        parts.push(`<rect x="${n(gap + i * (bw + gap))}" y="${n(h - bh)}" width="${n(bw)}" height="${n(bh)}" rx="6" fill="${i % 4 === 3 ? accent : mid}" opacity="0.9"/>`);
      }
      let d = '';
      for (let i = 0; i < count; i++) d += `${i ? 'L' : 'M'}${n(gap + i * (bw + gap) + bw / 2)} ${n(h * between(r, 0.15, 0.45))} `;
      parts.push(`<path d="${d}" fill="none" stroke="${pale}" stroke-width="8" stroke-linejoin="round"/>`);
      break;
    }
    case 'rails': {
      const vx = between(r, 0.35, 0.65) * w;
      const vy = h * 0.42;
      parts.push(`<rect x="0" y="${n(vy)}" width="${w}" height="${n(h - vy)}" fill="${dark}"/>`);
      for (let i = -6; i <= 6; i++) {
        parts.push(`<path d="M${n(vx)} ${n(vy)} L${n(vx + i * w * 0.18)} ${h}" stroke="${i % 2 ? light : accent}" stroke-width="${Math.abs(i) < 2 ? 10 : 4}" opacity="0.8"/>`);
      }
      for (let k = 1; k < 12; k++) {
        const y = vy + (h - vy) * (k / 12) ** 1.6;
        parts.push(`<rect x="0" y="${n(y)}" width="${w}" height="${n(2 + k * 0.8)}" fill="${mid}" opacity="0.6"/>`);
      }
      break;
    }
    case 'orbits': {
      const cx = between(r, 0.35, 0.65) * w;
      const cy = between(r, 0.4, 0.6) * h;
      for (let i = 8; i > 0; i--) {
        parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(i * h * 0.07)}" fill="none" stroke="${i % 2 ? light : mid}" stroke-width="${n(between(r, 2, 7))}" opacity="0.8"/>`);
      }
      for (let i = 0; i < 18; i++) {
        const a = between(r, 0, Math.PI * 2);
        const rad = Math.floor(between(r, 1, 9)) * h * 0.07;
        parts.push(`<circle cx="${n(cx + Math.cos(a) * rad)}" cy="${n(cy + Math.sin(a) * rad)}" r="${n(between(r, 8, 26))}" fill="${pick(r, [accent, pale, light])}"/>`);
      }
      parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(h * 0.05)}" fill="${accent}"/>`);
      break;
    }
  }
  return parts.join('');
}

export type ImageSpec = { scene: Scene; seed: string; palette?: number };

/** A featured-size (or any size) illustration as JPEG bytes. */
export async function drawScene(spec: ImageSpec, w = 1600, h = 900): Promise<Buffer> {
  const r = prng(hashSeed(spec.seed));
  const palette = PALETTES[(spec.palette ?? Math.floor(r() * PALETTES.length)) % PALETTES.length]!;
  const [dark, mid, , pale] = palette;
  const angle = Math.floor(r() * 2);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="${angle}" y2="1"><stop offset="0" stop-color="${pale}"/><stop offset="1" stop-color="${r() < 0.5 ? mid : dark}"/></linearGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>` +
    sceneBody(spec.scene, r, w, h, palette) +
    `</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

/** A head-and-shoulders silhouette on a coloured disc: an avatar without a face or a font. */
export async function drawAvatar(seed: string, size = 512): Promise<Buffer> {
  const r = prng(hashSeed(seed));
  const [dark, mid, light, pale, accent] = pick(r, PALETTES);
  const s = size;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">` +
    `<defs><radialGradient id="g" cx="0.3" cy="0.3" r="0.9"><stop offset="0" stop-color="${pale}"/><stop offset="1" stop-color="${light}"/></radialGradient></defs>` +
    `<rect width="${s}" height="${s}" fill="url(#g)"/>` +
    `<circle cx="${n(s * between(r, 0.75, 0.9))}" cy="${n(s * 0.18)}" r="${n(s * 0.12)}" fill="${accent}" opacity="0.6"/>` +
    `<ellipse cx="${s / 2}" cy="${n(s * 1.02)}" rx="${n(s * 0.36)}" ry="${n(s * 0.34)}" fill="${r() < 0.5 ? dark : mid}"/>` +
    `<circle cx="${s / 2}" cy="${n(s * 0.42)}" r="${n(s * 0.17)}" fill="${mid}"/>` +
    `<path d="M${n(s * 0.33)} ${n(s * 0.42)} A${n(s * 0.17)} ${n(s * 0.17)} 0 0 1 ${n(s * 0.67)} ${n(s * 0.42)} Q${s / 2} ${n(s * between(r, 0.28, 0.34))} ${n(s * 0.33)} ${n(s * 0.42)} Z" fill="${dark}"/>` +
    `</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** The masthead mark: a square of interlocking shapes, as PNG. */
export async function drawLogo(size = 512): Promise<Buffer> {
  const s = size;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" rx="18" fill="#14213d"/>` +
    `<rect x="22" y="20" width="14" height="60" rx="3" fill="#f7f3e3"/>` +
    `<path d="M36 20 H56 A15 15 0 0 1 56 50 H36 Z" fill="#f7f3e3"/>` +
    `<path d="M36 50 H60 A15 15 0 0 1 60 80 H36 Z" fill="#fca311"/>` +
    `</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
