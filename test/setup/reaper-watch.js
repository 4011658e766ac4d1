/**
 * The watchdog of the test servers (see reaper.ts): `node reaper-watch.js OWNER_PID PID:STARTTIME...`.
 * Once a second: when every server is gone it exits; when the owner (the jest process that started them)
 * is gone, it stops them: SIGTERM to each server's process group, SIGKILL after 20 s. A pid is only
 * signalled while its start time is the one recorded, so a reused pid is never touched.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { setInterval, clearInterval } = require('node:timers');

const POLL_MS = 1_000;
const GRACE_MS = 20_000;

function startTime(pid) {
  try {
    // Field 22 of /proc/<pid>/stat (field 3 is the state), counted after the command name's parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const stat = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
    return stat[0] === 'Z' ? undefined : stat[19]; // a zombie has exited already
  } catch {
    return undefined;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function signal(pid, name) {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, name);
      return;
    } catch {
      // not a group leader, or gone: try the pid alone, then give up
    }
  }
}

const [owner, ...specs] = process.argv.slice(2);
const ownerPid = Number(owner);
const servers = specs.map((spec) => {
  const [pid, start] = spec.split(':');
  return { pid: Number(pid), start };
});
const ours = (server) => startTime(server.pid) === server.start;

const timer = setInterval(() => {
  const running = servers.filter(ours);
  if (running.length === 0) process.exit(0);
  if (alive(ownerPid)) return;
  clearInterval(timer);
  for (const server of running) signal(server.pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  setInterval(() => {
    const left = running.filter(ours);
    if (left.length === 0) process.exit(0);
    if (Date.now() < deadline) return;
    for (const server of left) signal(server.pid, 'SIGKILL');
    process.exit(0);
  }, POLL_MS);
}, POLL_MS);
