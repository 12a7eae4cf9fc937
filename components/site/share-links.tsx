// Share links as plain links: no third-party scripts, widgets or trackers. "Copy link" is the article's
// canonical URL itself, so a long-press or right-click copies it without any JavaScript.
type Props = { url: string; title: string };

export function ShareLinks({ url, title }: Props) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: 'X', label: 'Share on X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Email', label: 'Share by email', href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <nav className="share" aria-label="Share this article">
      <h2 className="share-title">Share</h2>
      <ul>
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} aria-label={link.label} rel="noopener noreferrer nofollow" target={link.name === 'Email' ? undefined : '_blank'}>
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <a href={url} className="share-copy" title="Right-click or long-press to copy this article's link">
            Copy link
          </a>
        </li>
      </ul>
    </nav>
  );
}
