#!/usr/bin/env node
// Validate JSON Resume files against resume-schema@1.0.1 (draft-04): node validate.js FILE...
const Ajv = require('ajv');
const fs = require('fs');
const ajv = new Ajv({ schemaId: 'auto', allErrors: true, format: 'full' });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(require('resume-schema/schema.json'));
let bad = 0;
for (const f of process.argv.slice(2)) {
  const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
  if (!validate(doc)) {
    bad++;
    console.error('INVALID ' + f + '\n' + JSON.stringify(validate.errors, null, 1));
  }
}
console.log(`${process.argv.length - 2 - bad} valid, ${bad} invalid`);
process.exit(bad ? 1 : 0);
