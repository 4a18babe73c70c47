// citegraph's own start-up script for GraphiQL (not from npm): renders the
// editor against this server's /graphql with an example query.
(function () {
  "use strict";
  var example = [
    "# Where does the mandate of the Working Group of Government Experts",
    "# on Technical Assistance come from?",
    "{",
    "  traceMandate(id: \"untoc-cop-wg2\") {",
    "    origins { id title }",
    "    steps {",
    "      from { id }",
    "      to { id }",
    "      relation",
    "      evidence { lang text document { id symbol } }",
    "    }",
    "  }",
    "}",
    ""
  ].join("\n");
  var fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).toString() });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: example,
    defaultEditorToolsVisibility: true
  }));
})();
