// Tells, for each document of a corpus, which of graphql-js's specified validation rules report it, running each rule alone
// (graphql-js errors carry no rule name). A document that does not parse is reported as "syntax".
// Usage: node validate-corpus.mjs <schema.graphql> <corpus.json>. Prints [[ruleName, ...], ...] in corpus order.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';

const schema = buildSchema(readFileSync(process.argv[2], 'utf8'));
const corpus = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const output = corpus.map(({ document }) => {
  let ast;
  try {
    ast = parse(document);
  } catch {
    return ['syntax'];
  }
  return specifiedRules.filter((rule) => validate(schema, ast, [rule]).length > 0).map((rule) => rule.name);
});
console.log(JSON.stringify(output));
