// Fetches the server's introspection result and checks graphql-js accepts it: buildClientSchema, then validateSchema.
// Usage: node introspection.mjs <graphql-url>. Prints {"errors": [...], "types": n}.
import { buildClientSchema, getIntrospectionQuery, validateSchema } from 'graphql';

const url = process.argv[2];
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }) }),
});
const result = await response.json();
if (result.errors) {
  console.log(JSON.stringify({ errors: result.errors.map((e) => e.message), types: 0 }));
} else {
  try {
    const schema = buildClientSchema(result.data);
    const errors = validateSchema(schema).map((e) => e.message);
    console.log(JSON.stringify({ errors, types: Object.keys(schema.getTypeMap()).length }));
  } catch (e) {
    console.log(JSON.stringify({ errors: [String(e.message)], types: 0 }));
  }
}
