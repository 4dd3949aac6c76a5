// npm run lockfile:fix — run after `npm install <package>`.
// The registry these machines reach serves only the Linux x64 builds of packages that ship one
// native build per platform (@next/swc-*, @swc/core-*, @unrs/resolver-binding-*). `npm install`
// then leaves the other platforms' optional entries out of package-lock.json, and `npm ci`
// refuses the lock as out of sync. This adds those entries back, marked optional with their
// os/cpu, so `npm ci` skips them here and installs the right one on any other machine.
import { readFileSync, writeFileSync } from "node:fs";

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
const OS = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32"];

let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const top = `node_modules/${name}`;
    if (packages[top] || packages[`${location}/node_modules/${name}`]) continue;
    const entry = { version, optional: true };
    const os = OS.find((o) => name.includes(o));
    const cpu = CPU.find((c) => new RegExp(`[-_]${c}([-_]|$)`).test(name));
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    packages[top] = entry;
    added++;
  }
}
if (added) writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(added ? `package-lock.json: added ${added} optional platform entries` : "package-lock.json: complete");
