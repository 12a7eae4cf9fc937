# This site's app instances and who may purge. `npm run edge` writes its own copy of this file for the
# backends it is given; for a deployment, edit this one. Every instance is probed on /api/health.
probe byline_health {
  .url = "/api/health";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend app1 {
  .host = "127.0.0.1";
  .port = "3000";
  .probe = byline_health;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
}

sub vcl_init {
  new byline_app = directors.round_robin();
  byline_app.add_backend(app1);
}

# Byline's app instances send PURGE from these addresses.
acl byline_purgers {
  "127.0.0.1";
  "::1";
}
