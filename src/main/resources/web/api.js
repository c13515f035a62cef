// Data access: every answer comes from the SPARQL endpoint, running a canned query of queries/.
// The server binds the parameters as RDF terms (GET api/bind/NAME?param=value), so typed text
// cannot change a query's shape; the page then posts the bound query to the endpoint.

let configPromise = null;

function config() {
  if (!configPromise) {
    configPromise = fetch('api/config.json').then(r => {
      if (!r.ok) throw new Error('api/config.json: HTTP ' + r.status);
      return r.json();
    });
  }
  return configPromise;
}

/** Runs a canned query and resolves to its rows, each an object of plain string values. */
export async function runQuery(name, params = {}) {
  const cfg = await config();
  const bindResponse = await fetch('api/bind/' + encodeURIComponent(name) + '?' + new URLSearchParams(params));
  const query = await bindResponse.text();
  if (!bindResponse.ok) throw new Error(name + ': ' + query.trim());
  const answer = await fetch(cfg.sparql, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
    body: query,
  });
  if (!answer.ok) throw new Error(name + ': the SPARQL endpoint answered HTTP ' + answer.status);
  const json = await answer.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** Where Fuseki's own query UI is. */
export async function uiPath() {
  return (await config()).ui;
}
