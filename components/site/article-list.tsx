// A list of article cards, or a calm message when there are none.
import type { ArticleCard as Card } from '@/lib/core/public-types';
import { siteText } from '@/lib/i18n/catalogue';
import type { SiteClock } from '@/lib/i18n/site-time';
import { ArticleCard } from './article-card';

type Props = { articles: readonly Card[]; clock: SiteClock; level?: 2 | 3; variant?: 'standard' | 'compact'; empty?: string; label?: string };

export function ArticleList({ articles, clock, level = 2, variant = 'standard', empty, label }: Props) {
  if (articles.length === 0) return <p className="empty">{empty ?? siteText(clock.locale).t('list.empty')}</p>;
  return (
    <ul className={`article-list article-list--${variant}`} aria-label={label}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} clock={clock} level={level} variant={variant} />
        </li>
      ))}
    </ul>
  );
}
