// Prints the given names and surnames of every locale of @faker-js/faker (MIT), one a line:
// "<locale>\t<first|last>\t<name>", and with a second argument the given names of the npm package human-names (MIT;
// English, German, Dutch, French, Spanish and Italian lists: "Kirsty", "Jeroen", "Lotte" that faker lacks) as "<language>\tfirst\t<name>".
// Run by `bench/run world-names`; the Java side (io.blackbar.bench.WorldNames) filters them.
// usage: node faker-names.mjs <path to faker's dist/index.js> [<path to human-names' data folder>]
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';

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
if (process.argv[3]) {
  for (const file of readdirSync(process.argv[3]).sort()) {
    const language = /-human-names-([a-z]+)\.json$/.exec(file);
    if (!language) continue;
    for (const name of new Set(JSON.parse(readFileSync(`${process.argv[3]}/${file}`, 'utf8')))) {
      lines.push(`${language[1]}\tfirst\t${name}`);
    }
  }
}
process.stdout.write(lines.join('\n') + '\n');
