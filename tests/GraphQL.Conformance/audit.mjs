// Runs the graphql-http server audits against a GraphQL-over-HTTP endpoint.
// Usage: node audit.mjs <graphql-url>. Prints [{"id","name","status","reason"}].
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
console.log(JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }))));
