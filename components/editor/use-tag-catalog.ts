// The tags the picker can show: the catalog the page was rendered with, plus tags created since by
// anyone in this article (their names travel in the shared document, so a tag someone else just
// created shows up here by name, not as an unknown id).
'use client';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { TagOption } from '@/lib/articles/editorial-types';

const byName = (a: TagOption, b: TagOption) => a.name.localeCompare(b.name);

function tagNames(doc: Y.Doc): Y.Map<TagOption> {
  return doc.getMap<TagOption>('tagNames');
}

export function useTagCatalog(doc: Y.Doc | null, initial: TagOption[]) {
  const [catalog, setCatalog] = useState(initial);
  useEffect(() => {
    if (!doc) return;
    const names = tagNames(doc);
    const read = () =>
      setCatalog((list) => {
        const extra = [...names.values()].filter((tag) => !list.some((t) => t.id === tag.id));
        return extra.length ? [...list, ...extra].sort(byName) : list;
      });
    read();
    names.observe(read);
    return () => names.unobserve(read);
  }, [doc]);
  const addToCatalog = useCallback(
    (tag: TagOption) => {
      setCatalog((list) => (list.some((t) => t.id === tag.id) ? list : [...list, tag].sort(byName)));
      if (doc) tagNames(doc).set(tag.id, tag);
    },
    [doc],
  );
  return { catalog, addToCatalog };
}
