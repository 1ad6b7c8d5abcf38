// Loaded into the benchmark's child Node processes with NODE_OPTIONS=--import: on exit, each process appends
// its script, peak resident set size (process.resourceUsage().maxRSS, bytes) and CPU time (user + system,
// seconds; unlike wall time barely affected by other work on the machine) to QL_BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.QL_BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      const record = { pid: process.pid, script: process.argv[1] ?? '', maxRSS: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
      appendFileSync(file, `${JSON.stringify(record)}\n`);
    } catch {
      // A benchmark figure is not worth failing a build for.
    }
  });
}
