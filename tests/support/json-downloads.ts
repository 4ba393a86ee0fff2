/**
 * A JSON download checked as a client checks it: read the file, follow its `schema` address to the
 * schema the site publishes there, and validate the whole file with Ajv (JSON Schema 2020-12, with
 * formats). Returns Ajv's errors in words, none when the file is valid.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SITE = 'https://election-observation-archive.org';

export function validAgainstLinkedSchema(text: string, published: readonly { file: string; text: string }[]): string[] {
  const doc = JSON.parse(text) as { schema?: string };
  if (!doc.schema?.startsWith(`${SITE}/data/v1/`)) return [`the file links no schema the site publishes: ${doc.schema}`];
  const path = doc.schema.slice(`${SITE}/data/v1/`.length);
  const schema = published.find((f) => f.file === path);
  if (!schema) return [`nothing is published at ${doc.schema}`];
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  // JSON Schema's `iri` (RFC 3987), which Python's jsonschema checks and ajv-formats does not ship:
  // an absolute address a URL parser accepts, letters beyond ASCII and all.
  ajv.addFormat('iri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));
  const validate = ajv.compile(JSON.parse(schema.text));
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
