#!/usr/bin/env bash
# Regenerates e2e/fixtures/wordpress (export.xml + uploads/) with WordPress itself: installs WordPress
# and PHP from Debian's packages, installs a throwaway site on the machine's MariaDB, fills it with
# content.php through WordPress's own PHP API, exports it with WordPress's own exporter, then drops
# the database. Run as root on Debian: scripts/wordpress-fixture/make-fixture.sh
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/e2e/fixtures/wordpress"
DB_HOST="${WP_DB_HOST:-127.0.0.1}"
DB_PORT="${WP_DB_PORT:-3306}"
DB_USER="${WP_DB_USER:-root}"
DB_PASS="${WP_DB_PASSWORD:-}"
DB_NAME="byline_wp_fixture_$$"
WORK="$(mktemp -d)"

mysql_cmd() { mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASS:+-p"$DB_PASS"} "$@"; }

cleanup() {
  mysql_cmd -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

modules="$(php -m 2>/dev/null || true)"
if [ ! -f /usr/share/wordpress/wp-load.php ] || ! grep -qx gd <<<"$modules" || ! grep -qx mysqli <<<"$modules"; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y wordpress php-cli php-mysql php-gd php-xml
fi

mysql_cmd -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# A private copy of the Debian WordPress, so its config and uploads stay in this run's folder.
cp -a /usr/share/wordpress "$WORK/wordpress"
mkdir -p "$WORK/wordpress/wp-content/uploads"
cat > "$WORK/wordpress/wp-config.php" <<PHP
<?php
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', '$DB_HOST:$DB_PORT');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_CONTENT_DIR', '$WORK/wordpress/wp-content');
define('WP_CONTENT_URL', 'https://news.example.org/wp-content');
define('WP_HOME', 'https://news.example.org');
define('WP_SITEURL', 'https://news.example.org');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP

WP_DIR="$WORK/wordpress" php "$HERE/content.php" > "$WORK/export.xml"

rm -rf "$OUT"
mkdir -p "$OUT"
cp "$WORK/export.xml" "$OUT/export.xml"
cp -a "$WORK/wordpress/wp-content/uploads" "$OUT/uploads"
echo "Wrote $OUT ($(du -sh "$OUT" | cut -f1))"
