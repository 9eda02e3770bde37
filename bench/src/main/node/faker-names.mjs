// Prints the given names and surnames of every locale of @faker-js/faker (MIT), one a line:
// "<locale>\t<first|last>\t<name>". Run by `bench/run world-names`; the Java side (io.blackbar.bench.WorldNames) filters them.
// usage: node faker-names.mjs <path to the package's dist/index.js>
import { pathToFileURL } from 'node:url';

const { allLocales } = await import(pathToFileURL(process.argv[2]).href);
const flat = (v) => (v == null ? [] : Array.isArray(v) ? v : Object.values(v).flat());
const lines = [];
for (const [code, locale] of Object.entries(allLocales)) {
  const person = locale.person;
  if (!person) continue;
  for (const [kind, list] of [['first', person.first_name], ['last', person.last_name]]) {
    for (const name of new Set(flat(list))) {
      lines.push(`${code}\t${kind}\t${name}`);
    }
  }
}
process.stdout.write(lines.join('\n') + '\n');
