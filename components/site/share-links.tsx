// Share links as plain links: no third-party scripts, widgets or trackers. "Copy link" is the article's
// canonical URL itself, so a long-press or right-click copies it without any JavaScript.
import { siteText } from '@/lib/i18n/catalogue';
import type { SiteClock } from '@/lib/i18n/site-time';

type Props = { url: string; title: string; clock: SiteClock };

export function ShareLinks({ url, title, clock }: Props) {
  const { t } = siteText(clock.locale);
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const links = [
    { name: 'X', label: t('share.on', { service: 'X' }), href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: 'Facebook', label: t('share.on', { service: 'Facebook' }), href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', label: t('share.on', { service: 'LinkedIn' }), href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Email', text: t('share.email'), label: t('share.byEmail'), href: `mailto:?subject=${text}&body=${u}` },
  ];
  return (
    <nav className="share" aria-label={t('share.label')}>
      <h2 className="share-title">{t('share.title')}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} aria-label={link.label} rel="noopener noreferrer nofollow" target={link.name === 'Email' ? undefined : '_blank'}>
              {'text' in link ? link.text : link.name}
            </a>
          </li>
        ))}
        <li>
          <a href={url} className="share-copy" title={t('share.copyHint')}>
            {t('share.copy')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
