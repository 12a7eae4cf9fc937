# Varnish 7 in front of Byline: public pages, feeds, sitemaps, Open Graph images and media are cached
# for as long as Byline's Surrogate-Control allows (a year) and purged by key the moment a write
# changes them (Byline sends PURGE with an `xkey-purge` header, from its outbox, to every edge in
# EDGE_PURGE_URLS). Staff pages, sign-in, previews, APIs, server actions and anything that sets a
# cookie are never stored. While every app instance is down, stored pages are served stale for a day.
#
# Needs Debian's varnish and varnish-modules (xkey). Backends and the purge ACL live in
# byline-site.vcl beside this file (edit it, or let `npm run edge` write one for you).
vcl 4.1;

import std;
import xkey;
import directors;

include "byline-site.vcl";

sub vcl_recv {
  set req.backend_hint = byline_app.backend();
  # Set only by vcl_synth below when it retries a failed fetch; never taken from a client.
  if (req.restarts == 0) {
    unset req.http.x-byline-stale-ok;
  }

  if (req.method == "PURGE") {
    if (client.ip !~ byline_purgers) {
      return (synth(403, "Purging is not allowed from this address"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Send the keys to purge in an xkey-purge header"));
    }
    # A soft purge expires the copy but keeps it (for its grace) in case the app cannot answer.
    set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " objects"));
  }
  # For monitoring (and the tests): whether any app instance passes its health probe.
  if (req.url == "/.byline-edge/health" && client.ip ~ byline_purgers) {
    if (std.healthy(req.backend_hint)) {
      return (synth(200, "An app instance is healthy"));
    }
    return (synth(503, "No app instance is healthy"));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    # Server actions, sign-in, uploads: straight to the app, never stored.
    return (pass);
  }
  if (req.url ~ "^/(dashboard|login|logout|preview|set-password|api)([/?]|$)") {
    return (pass);
  }
  if (req.http.Authorization) {
    return (pass);
  }
  # Live coverage streams (Server-Sent Events) are endless responses: piped straight through, so no
  # byte waits in a buffer and no stream is ever stored. Their catch-up endpoint (/live/updates) is
  # an ordinary cached response, purged by the article's key with every entry.
  if (req.url ~ "^/news/[^/?#]+/live/stream([?]|$)") {
    return (pipe);
  }

  # One cache entry per page, whatever tracking parameters a share link carries.
  if (req.url ~ "\?") {
    set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|igshid|twclid|_ga|_gl|ref_src)=[^&#]*", "\1");
    set req.url = regsuball(req.url, "[?&]+(&|$)", "\1");
    set req.url = regsub(req.url, "&+", "&");
    set req.url = regsub(req.url, "\?&", "?");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);
  }
  set req.url = regsub(req.url, "#.*$", "");

  # Public responses do not depend on who is asking: the session cookie would only split the cache.
  unset req.http.Cookie;
  # Next's client router sends its current tree with RSC requests; a cached public page's payload does
  # not depend on it, and keeping it would make one cache entry per reader (the response Varies on it).
  unset req.http.Next-Router-State-Tree;
  unset req.http.Next-Url;

  # Never serve an expired (purged) copy while the app answers: wait for the fresh page (concurrent
  # readers of one page share one fetch). If that fetch fails, vcl_synth comes round again accepting
  # the old copy for as long as its grace lasts. req.grace outlives a restart, so both are explicit.
  if (req.http.x-byline-stale-ok) {
    set req.grace = 86400s;
  } else {
    set req.grace = 0s;
  }
  set req.http.x-byline-cacheable = "1";
  return (hash);
}

# A failed fetch for a public page (the app is down, or erred) ends here: try once more, this time
# serving a stale copy if there is one (stale-if-error).
sub vcl_synth {
  if (resp.status >= 500 && req.http.x-byline-cacheable && req.restarts == 0) {
    set req.http.x-byline-stale-ok = "1";
    return (restart);
  }
}

sub vcl_backend_response {
  # A cookie, or the app saying private/no-store: never store, and do not queue readers behind it.
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 0s);
    set beresp.grace = std.duration(regsub(beresp.http.Surrogate-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 60s);
    unset beresp.http.Surrogate-Control;
  }
  # An error must not replace a copy that can still be served stale.
  if (beresp.status >= 500) {
    return (abandon);
  }
  return (deliver);
}

sub vcl_pipe {
  # One stream per connection: the next request on it must not be piped blindly too.
  set bereq.http.Connection = "close";
}

sub vcl_backend_fetch {
  # The markers above are for this edge only.
  unset bereq.http.x-byline-cacheable;
  unset bereq.http.x-byline-stale-ok;
}

sub vcl_backend_error {
  # An instance that died before its health probe noticed: try another one once.
  if (bereq.retries < 1) {
    return (retry);
  }
  # Keep the stale copy, if any, for the readers (grace).
  return (abandon);
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Keys are for the edge; readers do not need them.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Surrogate-Control;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}
