// A list of plain links (the header's sections, the footer's pages).

export type SiteLink = { href: string; label: string };

export function LinkList({ links }: { links: readonly SiteLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}
