// Validate SARIF logs against the SARIF 2.1.0 schema that Microsoft's SARIF packages ship.
// Usage: node validate.mjs LOG.sarif...  Exit 1 when a log does not validate.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
// The schema has a pattern that is only valid without the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, "utf8"));
  if (validate(log)) {
    const results = log.runs.reduce((n, run) => n + run.results.length, 0);
    console.log(`${file}: valid SARIF 2.1.0 (${results} results)`);
  } else {
    failed += 1;
    console.log(`${file}: INVALID`);
    for (const e of validate.errors.slice(0, 20)) {
      console.log(`  ${e.instancePath || "/"} ${e.message}`);
    }
  }
}
process.exit(failed ? 1 : 0);
