// A date shown in the viewer's own time zone (the server does not know it): UTC until hydrated.
'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

type Props = { iso: string; style?: 'short' | 'long' };

export function LocalTime({ iso, style = 'short' }: Props) {
  const date = new Date(iso);
  const text = useSyncExternalStore(
    subscribe,
    () => date.toLocaleString(undefined, style === 'short' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'full', timeStyle: 'short' }),
    () => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
