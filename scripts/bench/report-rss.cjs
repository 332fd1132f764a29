// Preloaded into a benchmarked child process: on exit, writes its peak
// resident set size (MB) to the file named by WPCM_BENCH_RSS_FILE.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
    const file = process.env.WPCM_BENCH_RSS_FILE;
    if (file) writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
});
