// Drives the service's MCP endpoint with the official MCP client SDK, as an agent's client would (McpClientTest):
// node session.mjs <endpoint URL> <steps.json> <results.json>. Each step is one client call; each result is what the
// SDK returned, or {"thrown": message} when it threw. MCP_TOKEN, when set, is sent as a bearer token.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { readFileSync, writeFileSync } from "node:fs";

const [url, stepsFile, resultsFile] = process.argv.slice(2);
const steps = JSON.parse(readFileSync(stepsFile, "utf8"));
const headers = process.env.MCP_TOKEN ? { Authorization: `Bearer ${process.env.MCP_TOKEN}` } : {};
const client = new Client({ name: "training-advisor-check", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));

const calls = {
  listTools: () => client.listTools(),
  callTool: (step) => client.callTool({ name: step.name, arguments: step.arguments }),
  listResources: () => client.listResources(),
  readResource: (step) => client.readResource({ uri: step.uri }),
  listPrompts: () => client.listPrompts(),
  getPrompt: (step) => client.getPrompt({ name: step.name, arguments: step.arguments }),
};
const results = [];
for (const step of steps) {
  try {
    results.push(await calls[step.op](step));
  } catch (error) {
    results.push({ thrown: String(error?.message ?? error) });
  }
}
writeFileSync(resultsFile, JSON.stringify({ server: client.getServerVersion(), results }));
await client.close();
