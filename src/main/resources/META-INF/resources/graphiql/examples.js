// Saved operations, a GraphiQL plugin: the README's example operations (examples.json, which GraphiQLExamplesTest
// keeps equal to the README's graphql blocks). A click opens one in the editor, in a new tab unless the current one
// is empty, ready to run.
(function () {
  'use strict';
  const { createElement: h, useEffect, useRef, useState } = React;
  const { useEditorContext } = GraphiQL.React;

  let loaded;
  function load() {
    loaded = loaded || fetch('examples.json').then((response) => {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
    return loaded;
  }

  function Examples() {
    const editor = useEditorContext({ nonNull: true });
    const [examples, setExamples] = useState(null);
    const [failure, setFailure] = useState(null);
    const pending = useRef(null);
    useEffect(() => {
      load().then(setExamples, (error) => setFailure(error.message));
    }, []);
    // a tab just added shows its (empty) query once GraphiQL has switched to it: the example goes in then
    useEffect(() => {
      if (pending.current !== null && editor.queryEditor) {
        editor.queryEditor.setValue(pending.current);
        pending.current = null;
      }
    }, [editor.activeTabIndex, editor.tabs.length, editor.queryEditor]);
    const open = (example) => {
      // a tab holding only comments (GraphiQL's first) counts as empty
      if (!editor.queryEditor.getValue().replace(/#.*$/gm, '').trim()) {
        editor.queryEditor.setValue(example.query);
        return;
      }
      pending.current = example.query;
      editor.addTab();
    };
    const title = h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples');
    if (failure) {
      return h('div', { className: 'sg-examples' }, title,
        h('p', { className: 'sg-note', role: 'alert' }, 'The examples could not be loaded: ' + failure));
    }
    return h('div', { className: 'sg-examples' }, title,
      h('p', { className: 'sg-note' }, 'Example operations, as in the README. Click one to open it in the editor, then run it.'),
      examples === null ? h('p', { className: 'sg-note' }, 'Loading…') : h('ul', null, examples.map((example) =>
        h('li', { key: example.name, 'data-example': example.name },
          h('button', { type: 'button', className: 'graphiql-button', onClick: () => open(example) }, example.name),
          h('p', null, example.description)))));
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
      h('path', { d: 'M4 5.5C6.5 4 9.5 4 12 5.5v14C9.5 18 6.5 18 4 19.5zM20 5.5C17.5 4 14.5 4 12 5.5v14c2.5-1.5 5.5-1.5 8 0z' }));
  }

  window.summitGraphExamples = {
    title: 'Examples',
    icon: ExamplesIcon,
    content: Examples,
  };
}());
