// 0d. (nginx) the leaderboard behind Debian's nginx with proxy_cache, configured as docs/operations.md says.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { base, NGINX_PORT, PORT, work } from "./options";
import { measure, measureAround, table, type Context, type Measured, type Target } from "./measure";
import { prepareDatabase, startApp, startServer, stopServer } from "./servers";

/** docs/operations.md's nginx configuration, with this run's ports and paths. */
function nginxConfig(prefix: string, listen: number, upstream: number): string {
  return `worker_processes 1;
error_log ${prefix}/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  proxy_cache_path ${prefix}/cache levels=1:2 keys_zone=rapor:10m max_size=200m inactive=10m use_temp_path=off;
  upstream rapor { server 127.0.0.1:${upstream}; keepalive 32; }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://rapor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_cache rapor;
      # The language is a cookie: one cached copy per language. Pages say themselves whether
      # they may be shared (Cache-Control: public, s-maxage) or not (private, no-store).
      proxy_cache_key $scheme$host$request_uri$cookie_NEXT_LOCALE;
      proxy_ignore_headers Vary;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_lock on;
    }
  }
}
`;
}

export async function behindNginx({ staticPage, results }: Context) {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  if (!nginx) {
    console.log("\nnginx: not installed here (Debian: apt-get install nginx); the shared-cache measurement is skipped.");
    results.nginx = { skipped: "nginx not installed" };
  } else {
    const dir = path.join(work, "nginx-data");
    prepareDatabase(dir, 0);
    const app = await startApp(dir);
    const prefix = path.join(work, "nginx");
    rmSync(prefix, { recursive: true, force: true });
    mkdirSync(path.join(prefix, "cache"), { recursive: true });
    writeFileSync(path.join(prefix, "nginx.conf"), nginxConfig(prefix, NGINX_PORT, PORT));
    const proxy = await startServer(
      [nginx, "-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"],
      {},
      `http://127.0.0.1:${NGINX_PORT}/peringkat`,
    );
    const rows: Measured[] = [];
    const targets: Target[] = [
      { name: "static file, direct", url: staticPage.url },
      { name: "/peringkat, direct", url: `${base}/peringkat` },
      { name: "/peringkat through nginx proxy_cache", url: `http://127.0.0.1:${NGINX_PORT}/peringkat` },
    ];
    for (const t of targets) await measure(t, 10);
    for (const connections of [10, 50]) rows.push(...(await measureAround(targets[0], targets.slice(1), connections)));
    await stopServer(proxy);
    await stopServer(app);
    console.log("\nThe leaderboard behind nginx (proxy_cache, docs/operations.md's configuration)");
    table(rows);
    results.nginx = { rows };
  }
}
