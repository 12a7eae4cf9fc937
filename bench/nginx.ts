// nginx (Debian's package) serving a page's bytes two ways, as the physical limits to compare with:
// /static/ sends a pre-compressed copy (gzip_static), /gzip/ compresses the same page per request.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export type RunningNginx = { url: string; stop: () => Promise<void> };

export const NGINX_HINT = 'nginx is not installed: on Debian or Ubuntu run `sudo apt-get install nginx-light`.';

export function findNginx(): string | null {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p)) ?? null;
}

export async function startNginx(port: number, html: string): Promise<RunningNginx> {
  const bin = findNginx();
  if (!bin) throw new Error(NGINX_HINT);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-nginx-'));
  fs.chmodSync(dir, 0o755);
  for (const sub of ['static', 'gzip']) {
    fs.mkdirSync(path.join(dir, 'www', sub), { recursive: true });
    fs.writeFileSync(path.join(dir, 'www', sub, 'article.html'), html);
  }
  fs.writeFileSync(path.join(dir, 'www', 'static', 'article.html.gz'), zlib.gzipSync(html, { level: 9 }));
  fs.chmodSync(path.join(dir, 'www'), 0o755);
  const conf = `
daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  types { text/html html; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location /static/ { gzip_static on; gzip_vary on; }
    location /gzip/ { gzip on; gzip_comp_level 6; gzip_types text/html; gzip_vary on; }
  }
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child: ChildProcess = spawn(bin, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output.trim()}`);
    const ok = await fetch(`${url}/static/article.html`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await new Promise((r) => setTimeout(r, 500));
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
