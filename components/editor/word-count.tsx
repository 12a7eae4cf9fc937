// Word count and reading time of the body, counted the way the public page counts them.
import type { DocJSON } from '@/lib/articles/editorial-types';
import { countWords, docToPlainText, readingMinutes } from '@/lib/content/text';

export function WordCount({ body }: { body: DocJSON }) {
  const words = countWords(docToPlainText(body));
  return (
    <p className="word-count" aria-live="off">
      {words.toLocaleString('en')} {words === 1 ? 'word' : 'words'} · {words ? `${readingMinutes(words)} min read` : 'no reading time yet'}
    </p>
  );
}
