/**
 * V8's old-space limit for the API process. Node sizes the heap from the machine's memory
 * (gigabytes here) and collects lazily, so a busy API grew past 300 MiB resident with little
 * live data; with this limit it stays under 200 MiB at the same speed (docs/benchmarks.md).
 * The worker keeps Node's default: it stays under 300 MiB by itself, and a tight heap slowed
 * its relay by half. Every way of starting the API passes it (`npm start`, docker-compose, the
 * test and benchmark launchers); `NODE_OPTIONS` set by the operator wins.
 */
export const API_HEAP_LIMIT_MIB = 192;

export const API_NODE_OPTIONS = `--max-old-space-size=${API_HEAP_LIMIT_MIB}`;
