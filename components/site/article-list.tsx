// A list of article cards, or a calm message when there are none.
import type { ArticleCard as Card } from '@/lib/core/public-types';
import { ArticleCard } from './article-card';

type Props = { articles: readonly Card[]; level?: 2 | 3; variant?: 'standard' | 'compact'; empty?: string; label?: string };

export function ArticleList({ articles, level = 2, variant = 'standard', empty = 'No stories yet.', label }: Props) {
  if (articles.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className={`article-list article-list--${variant}`} aria-label={label}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} level={level} variant={variant} />
        </li>
      ))}
    </ul>
  );
}
