// graphql-js served by graphql-http's Node handler: the reference for the HTTP benchmark.
// Usage: node bench-server.mjs <sdl>. Serves the three-field root value at http://127.0.0.1:<port>/graphql and prints that URL.
import http from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const schema = buildSchema(process.argv[2]);
const handler = createHandler({ schema, rootValue: { greeting: 'hello', count: 42, active: true } });
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else res.writeHead(404).end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/graphql`));
process.stdin.on('end', () => server.close());
process.stdin.resume();
