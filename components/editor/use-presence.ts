// Presence: a heartbeat every 20 seconds while the article is open; returns the others who have it open.
'use client';
import { useEffect, useState } from 'react';
import type { PresentEditor } from '@/lib/articles/presence';
import type { EditorActions } from './editor-actions';

const HEARTBEAT_MS = 20_000;

export function usePresence(articleId: string | null, actions: Pick<EditorActions, 'heartbeat' | 'leave'>): PresentEditor[] {
  const [others, setOthers] = useState<PresentEditor[]>([]);
  useEffect(() => {
    if (!articleId) return;
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState === 'hidden') return;
      try {
        const present = await actions.heartbeat(articleId);
        if (!stopped && present) setOthers(present);
      } catch {
        // Offline: presence simply goes stale; the save status already says so.
      }
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', beat);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', beat);
      void actions.leave(articleId).catch(() => {});
    };
  }, [articleId, actions]);
  return others;
}
