// Subscribes with the graphql-ws client and collects the events until the server completes the operation.
// Usage: node subscribe.mjs <ws-url> <query>. Prints {"events": [...]} or {"error": ...}.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query] = process.argv.slice(2);
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token: 'test' }, retryAttempts: 0, lazy: true });
const events = [];
try {
  await new Promise((resolve, reject) => {
    client.subscribe({ query }, { next: (value) => events.push(value), error: reject, complete: resolve });
  });
  console.log(JSON.stringify({ events }));
} catch (e) {
  console.log(JSON.stringify({ events, error: String(e?.message ?? e?.reason ?? JSON.stringify(e)) }));
} finally {
  await client.dispose();
}
