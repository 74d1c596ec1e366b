// Prints the first names of every @faker-js/faker locale as one JSON object,
// locale to sorted names, for the gazetteer generator (see generate.sh).
import { allLocales } from '@faker-js/faker';

const out = {};
for (const code of Object.keys(allLocales).sort()) {
  const fn = allLocales[code]?.person?.first_name;
  if (!fn) continue;
  const names = Array.isArray(fn) ? fn : Object.values(fn).flat();
  out[code] = [...new Set(names)].sort();
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
