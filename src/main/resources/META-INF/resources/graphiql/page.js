// Summit Graph's GraphiQL: GraphiQL 3 with its documentation explorer and history, our query builder (builder.js) and
// the README's examples (examples.js). The schema is the one the server publishes at /graphql/schema.graphql, the
// same as introspection shows (it also loads in safelist mode, where GraphiQL's own introspection query would be
// refused); with introspection off there is none, and the page says so. Every URL is relative to this page.
(function () {
  'use strict';
  const h = React.createElement;
  const endpoint = new URL('../graphql', window.location.href);

  async function fetchOk(path) {
    const response = await fetch(new URL(path, window.location.href));
    if (!response.ok) {
      throw new Error(path + ' answered HTTP ' + response.status);
    }
    return response;
  }

  function notify(lines) {
    const notice = document.getElementById('notice');
    notice.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    notice.hidden = lines.length === 0;
  }

  async function start() {
    const settings = await (await fetchOk('settings.json')).json();
    const lines = [];
    let schema = null;
    let noSchema = 'Introspection is off on this server, so there is no schema to build queries from.';
    if (settings.introspection) {
      try {
        const sdl = await (await fetchOk('../graphql/schema.graphql')).text();
        schema = GraphiQL.GraphQL.buildSchema(sdl);
      } catch (error) {
        noSchema = 'The schema could not be loaded: ' + error.message;
        lines.push(noSchema);
      }
    } else {
      lines.push('Introspection is off on this server: GraphiQL has no schema, so no documentation, completion, '
        + 'checking or query builder. Queries typed in the editor or opened from the examples still run.');
    }
    if (settings.safelist) {
      lines.push('Safelist mode: only the operations registered on this server run; any other is refused with '
        + 'PERSISTED_QUERY_NOT_IN_LIST.');
    }
    notify(lines);
    const builder = window.summitGraphBuilder(noSchema);
    const websocket = new URL(endpoint);
    websocket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(h(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: endpoint.href, subscriptionUrl: websocket.href }),
      // a schema, or null: GraphiQL then sends no introspection query of its own
      schema,
      plugins: [builder, window.summitGraphExamples],
      visiblePlugin: schema ? builder : window.summitGraphExamples,
      defaultQuery: '# Tick fields in the query builder,\n# open one of the examples,\n# or type a query here;\n'
        + '# then run it: ▶ or Ctrl-Enter.\n',
      isHeadersEditorEnabled: true,
      // a bearer token typed in the headers is not kept in the browser's storage
      shouldPersistHeaders: false,
    }));
  }

  start().catch((error) => {
    notify(['GraphiQL could not start: ' + error.message]);
    document.getElementById('graphiql').textContent = '';
  });
}());
