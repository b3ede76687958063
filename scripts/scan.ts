/**
 * `npm run scan -- FILE...`: placeholder until the matcher lands (issue 4). It checks its arguments
 * and says plainly that it does not scan yet.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run scan -- FILE...');
  process.exit(2);
}
console.error('scan: the matcher is not built yet (issue 4); nothing was scanned.');
process.exit(1);
