// A JSON-LD block. The text is JSON already escaped by jsonLdScriptText (no "<" survives), i.e. data, not
// markup; this is the one place the site sets inner HTML, and never with article HTML.
export function JsonLd({ text }: { text: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />;
}
