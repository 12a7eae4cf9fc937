// The media library's shapes for dashboard pages and pickers (plain, serialisable). Types only, so client
// components may import them.

export type MediaSummary = {
  id: string;
  /** Full-size file, `/media/<storageKey>`. */
  src: string;
  /** Smallest variant (or the original), for pickers and cards. */
  thumbSrc: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  uploadedById: string | null;
  createdAt: string;
};
