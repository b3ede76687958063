/**
 * `npm run bench`: placeholder until the matcher and page benchmarks land (issues 4 and 5). It says
 * plainly that nothing was measured.
 */
console.error('bench: no benchmarks yet (issues 4 and 5); nothing was measured.');
process.exit(1);
