// Responses for feeds and sitemaps: the right content type, and caching left to Next's ISR layer.
export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8'): Response {
  return new Response(body, { headers: { 'content-type': contentType } });
}
