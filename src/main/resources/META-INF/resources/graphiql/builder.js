// The query builder, a GraphiQL plugin: the fields of a root type (Query, Mutation, Subscription), each with a tick
// box; a ticked field shows its arguments and, when it returns an object, that object's fields, or for an interface
// or a union its types too (`... on Type`). The query editor holds the one truth: the builder shows the editor's
// first operation of that root type and each click rewrites that operation alone (graphql-js parse and print), so a
// query typed, opened from the examples or from the history shows ticked as well. It is our own because GraphiQL's
// explorer plugin is not published to Maven Central. Plain JavaScript, no build step.
(function () {
  'use strict';
  const { createElement: h, useEffect, useState } = React;
  const { useEditorContext, useSchemaContext } = GraphiQL.React;
  const {
    Kind, parse, parseValue, print, getNamedType, getNullableType, isAbstractType, isCompositeType,
    isEnumType, isInterfaceType, isLeafType, isListType, isScalarType, valueFromAST, TypeNameMetaFieldDef,
  } = GraphiQL.GraphQL;

  const ROOTS = ['query', 'mutation', 'subscription'];

  // ---- the document ----

  /** The editor's text as a document: empty when it holds only comments and blanks; an Error when it does not parse. */
  function read(text) {
    if (!text.replace(/#.*$/gm, '').trim()) {
      return { kind: Kind.DOCUMENT, definitions: [] };
    }
    try {
      return parse(text);
    } catch (error) {
      return error;
    }
  }

  function selectionsOf(node) {
    return node && node.selectionSet ? node.selectionSet.selections : [];
  }

  function withSelections(node, selections) {
    return { ...node, selectionSet: { kind: Kind.SELECTION_SET, selections } };
  }

  function fieldNode(name) {
    return { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, arguments: [], directives: [] };
  }

  function fragmentNode(typeName) {
    return {
      kind: Kind.INLINE_FRAGMENT, directives: [],
      typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
      selectionSet: { kind: Kind.SELECTION_SET, selections: [] },
    };
  }

  /**
   * Applies change to the selections at the end of path. Each step is { node, make }: the selection to go into, or,
   * when it is not there yet (a fragment just opened), how to make it. A fragment left empty is dropped: `... on T`
   * without fields does not parse.
   */
  function updateAt(selections, path, change) {
    if (!path.length) {
      return change(selections);
    }
    const [{ node, make }, ...rest] = path;
    const inner = (selection) => withSelections(selection, updateAt(selectionsOf(selection), rest, change));
    const updated = node ? selections.map((s) => (s === node ? inner(s) : s)) : [...selections, inner(make())];
    return updated.filter((s) => s.kind !== Kind.INLINE_FRAGMENT || selectionsOf(s).length);
  }

  // ---- arguments ----

  /** Types whose values are typed as plain text and sent as strings: String, ID, Date, DateTime... */
  function textual(type) {
    return isScalarType(type) && !['Int', 'Float', 'Boolean'].includes(type.name);
  }

  /** Lists of texts are typed without brackets or quotes: csto, vladimir-putin. */
  function textList(type) {
    return isListType(type) && textual(getNamedType(type));
  }

  /** The text an argument's input shows for its value in the document. */
  function shown(type, value) {
    const bare = getNullableType(type);
    if (!value) {
      return '';
    }
    if (value.kind === Kind.STRING && textual(bare)) {
      return value.value;
    }
    if (value.kind === Kind.LIST && textList(bare) && value.values.every((v) => v.kind === Kind.STRING)) {
      return value.values.map((v) => v.value).join(', ');
    }
    return print(value);
  }

  /**
   * The value node for what was typed: null to remove the argument, undefined when it is no value of the type (yet).
   * Input objects need only be well written: the editor's checking then tells which of their fields are missing.
   */
  function valueOf(type, text) {
    const bare = getNullableType(type);
    if (text.trim() === '') {
      return null;
    }
    if (textual(bare)) {
      return { kind: Kind.STRING, value: text };
    }
    if (textList(bare) && !/^\s*[[$]/.test(text)) {
      const values = text.split(',').map((item) => item.trim()).filter(Boolean);
      return { kind: Kind.LIST, values: values.map((value) => ({ kind: Kind.STRING, value })) };
    }
    let value;
    try {
      value = parseValue(text);
    } catch (error) {
      return undefined;
    }
    const checked = value.kind !== Kind.VARIABLE && isLeafType(getNamedType(bare));
    return checked && valueFromAST(value, type) === undefined ? undefined : value;
  }

  function Argument({ argument, node, setArgument }) {
    const value = node.arguments.find((a) => a.name.value === argument.name);
    const fromDocument = shown(argument.type, value && value.value);
    const [draft, setDraft] = useState(fromDocument);
    // the document changed: the input follows, unless the change is what is being typed in it
    useEffect(() => setDraft((typing) => {
      const typed = valueOf(argument.type, typing);
      const same = typed === null ? !value : typed !== undefined && value && print(typed) === print(value.value);
      return same ? typing : fromDocument;
    }), [fromDocument]);
    const bare = getNullableType(argument.type);
    const change = (text) => {
      setDraft(text);
      const parsed = valueOf(argument.type, text);
      if (parsed !== undefined) {
        setArgument(argument.name, parsed);
      }
    };
    const choices = isEnumType(bare) ? bare.getValues().map((v) => v.name)
      : bare.name === 'Boolean' ? ['true', 'false'] : null;
    const input = choices
      ? h('select', { value: draft, onChange: (e) => change(e.target.value) },
        h('option', { value: '' }, '—'), choices.map((c) => h('option', { key: c, value: c }, c)))
      : h('input', {
        value: draft, placeholder: textList(bare) ? 'a, b, c' : String(argument.type), spellCheck: false,
        'aria-invalid': valueOf(argument.type, draft) === undefined,
        onChange: (e) => change(e.target.value),
      });
    return h('label', { className: 'sg-argument', 'data-argument': argument.name, title: argument.description || '' },
      h('span', { className: 'sg-argument-name' }, argument.name, ':'), input);
  }

  // ---- fields ----

  /** The fields of a composite type, and for an interface or a union the types it may be (`... on Type`). */
  function Selections({ schema, type, selections, path, edit }) {
    const fields = isAbstractType(type) ? [TypeNameMetaFieldDef] : [];
    if (!isAbstractType(type) || isInterfaceType(type)) {
      fields.push(...Object.values(type.getFields()));
    }
    return h('ul', { className: 'sg-fields' },
      fields.map((field) => h(Field, {
        key: field.name, schema, field, path, edit,
        node: selections.find((s) => s.kind === Kind.FIELD && s.name.value === field.name),
      })),
      isAbstractType(type) && schema.getPossibleTypes(type).map((possible) => h(Fragment, {
        key: 'on ' + possible.name, schema, type: possible, path, edit,
        node: selections.find((s) => s.kind === Kind.INLINE_FRAGMENT && s.typeCondition
          && s.typeCondition.name.value === possible.name),
      })));
  }

  function Field({ schema, field, node, path, edit }) {
    const type = getNamedType(field.type);
    const toggle = () => edit(path, (selections) => (node
      ? selections.filter((s) => s !== node) : [...selections, fieldNode(field.name)]));
    const setArgument = (name, value) => edit(path, (selections) => selections.map((s) => (s !== node ? s : {
      ...s,
      arguments: [...s.arguments.filter((a) => a.name.value !== name),
        ...(value ? [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value }] : [])],
    })));
    const inner = [...path, { node }];
    return h('li', { className: 'sg-field', 'data-field': field.name },
      h('label', { className: 'sg-row', title: field.description || '' },
        h('input', { type: 'checkbox', checked: !!node, onChange: toggle }),
        h('span', { className: 'sg-name' }, field.name),
        h('span', { className: 'sg-type' }, String(field.type))),
      node && field.args.length > 0 && h('div', { className: 'sg-arguments' },
        field.args.map((argument) => h(Argument, { key: argument.name, argument, node, setArgument }))),
      node && isCompositeType(type) && h(Selections, { schema, type, selections: selectionsOf(node), path: inner, edit }));
  }

  function Fragment({ schema, type, node, path, edit }) {
    // opened before any of its fields is ticked: shown, but not in the document until one is
    const [open, setOpen] = useState(false);
    const toggle = () => {
      if (node) {
        edit(path, (selections) => selections.filter((s) => s !== node));
      }
      setOpen(!node && !open);
    };
    const inner = [...path, { node, make: () => fragmentNode(type.name) }];
    return h('li', { className: 'sg-field sg-fragment', 'data-fragment': type.name },
      h('label', { className: 'sg-row', title: type.description || '' },
        h('input', { type: 'checkbox', checked: !!node || open, onChange: toggle }),
        h('span', { className: 'sg-type' }, '... on '), h('span', { className: 'sg-name' }, type.name)),
      (node || open) && h(Selections, { schema, type, selections: selectionsOf(node), path: inner, edit }));
  }

  // ---- the plugin ----

  /** The editor's text, kept current: the builder renders again at every change. */
  function useQueryText(queryEditor) {
    const [text, setText] = useState(queryEditor ? queryEditor.getValue() : '');
    useEffect(() => {
      if (!queryEditor) {
        return undefined;
      }
      const changed = () => setText(queryEditor.getValue());
      changed();
      queryEditor.on('change', changed);
      return () => queryEditor.off('change', changed);
    }, [queryEditor]);
    return text;
  }

  function Builder({ noSchema }) {
    const { schema, isFetching } = useSchemaContext({ nonNull: true });
    const { queryEditor } = useEditorContext({ nonNull: true });
    const text = useQueryText(queryEditor);
    const [kind, setKind] = useState('query');
    const title = h('div', { className: 'graphiql-doc-explorer-title' }, 'Query builder');
    if (!schema) {
      return h('div', { className: 'sg-builder' }, title,
        h('p', { className: 'sg-note' }, isFetching ? 'Loading the schema…' : noSchema));
    }
    const roots = ROOTS.filter((root) => schema.getRootType(root));
    const rootType = schema.getRootType(kind);
    const document = read(text);
    if (document instanceof Error) {
      return h('div', { className: 'sg-builder' }, title,
        h('p', { className: 'sg-note', role: 'alert' }, 'The editor holds no valid document, so the builder cannot '
          + 'show it: ' + document.message),
        h('button', { className: 'graphiql-button', type: 'button', onClick: () => queryEditor.setValue('') },
          'Clear the editor and start again'));
    }
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === kind);
    // writes the operation back with its new selections; one left without any is removed
    const edit = (path, change) => {
      const selections = updateAt(selectionsOf(operation), path, change);
      const written = {
        kind: Kind.OPERATION_DEFINITION, operation: kind, variableDefinitions: [], directives: [],
        ...operation, selectionSet: { kind: Kind.SELECTION_SET, selections },
      };
      const others = document.definitions.filter((d) => d !== operation);
      const definitions = !selections.length ? others
        : operation ? document.definitions.map((d) => (d === operation ? written : d)) : [...others, written];
      queryEditor.setValue(definitions.length ? print({ kind: Kind.DOCUMENT, definitions }) : '');
    };
    return h('div', { className: 'sg-builder' }, title,
      h('div', { className: 'sg-roots', role: 'tablist' }, roots.map((root) => h('button', {
        key: root, type: 'button', role: 'tab', 'aria-selected': root === kind,
        className: 'graphiql-button' + (root === kind ? ' sg-active' : ''), onClick: () => setKind(root),
      }, root))),
      h('p', { className: 'sg-note' }, operation
        ? ['Editing ', h('code', { key: 'name' }, kind + (operation.name ? ' ' + operation.name.value : '')),
          ' in the editor.']
        : 'Tick fields to write a ' + kind + ' into the editor.'),
      h(Selections, { schema, type: rootType, selections: selectionsOf(operation), path: [], edit }));
  }

  function BuilderIcon() {
    return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
      h('rect', { x: 3, y: 4, width: 5, height: 5, rx: 1 }), h('path', { d: 'M4.5 6.5l1 1 1.8-2' }),
      h('rect', { x: 3, y: 15, width: 5, height: 5, rx: 1 }), h('path', { d: 'M11 6.5h10M11 17.5h10M14 12h7' }));
  }

  /** The plugin; noSchema is what it says when GraphiQL has no schema. */
  window.summitGraphBuilder = (noSchema) => ({
    title: 'Query builder',
    icon: BuilderIcon,
    content: () => h(Builder, { noSchema }),
  });
}());
