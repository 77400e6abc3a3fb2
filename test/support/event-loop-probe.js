/**
 * Preloaded into a server process under test (NODE_OPTIONS=--require): every 50 ms it appends the worst delay
 * of the process's event loop since the last line (`<epoch ms> <delay ms>`) to EVENT_LOOP_PROBE_FILE. What blocks
 * the loop shows here; the machine's other load, which slows an HTTP round trip just as much, hardly does.
 */
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.EVENT_LOOP_PROBE_FILE;
// Only the server's own loop: worker threads and child processes (which inherit the environment) are not probed.
if (file && isMainThread) {
  delete process.env.EVENT_LOOP_PROBE_FILE;
  delete process.env.NODE_OPTIONS;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  setInterval(() => {
    appendFileSync(file, `${Date.now()} ${(histogram.max / 1e6).toFixed(1)}\n`);
    histogram.reset();
  }, 50).unref();
}
