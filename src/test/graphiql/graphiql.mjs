// GraphiQL of a running Summit Graph, used as an analyst would, in headless Chromium:
//   node graphiql.mjs <base url of the application> <chromium executable> <screenshot.png> full
//   node graphiql.mjs <base url> <chromium executable> <screenshot.png> restricted <listed example> <unlisted example>
// full: opens the old address /q/graphql-ui/, which leads to /graphiql/; builds a query with the query builder
// (organization, its code argument typed, then name and code) and runs it; runs a typed query and reads back what
// the builder shows of it; opens an example in a new tab and runs it; opens the documentation explorer and the
// Query type; reads the history.
// restricted (a server with introspection off and in safelist mode): opens /graphiql/, reads the notice, the
// builder and the documentation explorer, then runs the two examples named.
// It only observes; the Java test (GraphiQLBrowserIT) judges. Prints progress, then a JSON summary as the last
// line: {"page","steps":{..},"requests":[{method,url}],"graphqlFailures":[..],"otherFailures":[..],
// "consoleErrors":[..],"pageErrors":[..],"failure"}, where failure names the step that did not complete in time
// (null when all did). Exit 1 only when no summary could be made (the browser did not start).
import puppeteer from 'puppeteer-core';

// GraphiQL 3.2 (CodeMirror 5 editors): its class names, and ours (builder.js, examples.js)
const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const RESULT_EDITOR = '.graphiql-response .CodeMirror';
const RUN_BUTTON = '.graphiql-execute-button';
const DOCS = '.graphiql-doc-explorer-content';
const BUILDER_ROOT = '.sg-builder > .sg-fields';
const QUERY = '{\n  organization(code: "CSTO") {\n    code\n    name\n    acronym\n  }\n}';
const STEP_TIMEOUT = 30_000;

const [base, chromium, screenshot, mode = 'full', ...examples] = process.argv.slice(2);
if (!base || !chromium || !screenshot || !['full', 'restricted'].includes(mode)) {
  console.error('usage: node graphiql.mjs <base url> <chromium executable> <screenshot.png> full|restricted [examples]');
  process.exit(2);
}
const root = base.endsWith('/') ? base : base + '/';
const origin = new URL(base).origin;
const pageUrl = new URL(mode === 'full' ? 'q/graphql-ui/' : 'graphiql/', root).toString();
const summary = {
  page: pageUrl, steps: {}, requests: [], graphqlFailures: [], otherFailures: [], consoleErrors: [], pageErrors: [],
  failure: null,
};
const steps = summary.steps;

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true, // --headless=new
  pipe: true, // Chromium ends with this script, even when it is killed
  // root in a container: no sandbox; no GPU; /dev/shm may be small
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  defaultViewport: { width: 1400, height: 900 },
});
const bodies = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => summary.pageErrors.push(String(error.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      summary.consoleErrors.push(`${message.text()} (${message.location()?.url ?? 'page'})`);
    }
  });
  // every request the page makes, to tell that nothing leaves the server's origin (data: URLs are GraphiQL's fonts)
  page.on('request', (request) => summary.requests.push({
    method: request.method(),
    url: request.url().startsWith('data:') ? request.url().slice(0, 30) + '…' : request.url(),
  }));
  const failures = (url) => (url.origin === origin && url.pathname === '/graphql'
    ? summary.graphqlFailures : summary.otherFailures);
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() < 400 || url.protocol === 'data:') {
      return;
    }
    const request = response.request();
    const failure = {
      status: response.status(), method: request.method(), url: response.url(),
      contentType: request.headers()['content-type'] ?? null, body: null,
    };
    failures(url).push(failure);
    bodies.push(response.text().then((text) => { failure.body = text.slice(0, 500); }, () => {}));
  });
  page.on('requestfailed', (request) => failures(new URL(request.url()))
    .push({ status: 0, method: request.method(), url: request.url(), error: request.failure()?.errorText }));

  const step = async (name, action) => {
    if (summary.failure) {
      return;
    }
    console.error(`[graphiql] ${name}`);
    try {
      await action();
    } catch (error) {
      summary.failure = `${name}: ${error.message}`;
    }
  };
  const wait = (selector) => page.waitForSelector(selector, { timeout: STEP_TIMEOUT });
  const editorText = () => page.$eval(QUERY_EDITOR, (editor) => editor.CodeMirror.getValue());
  const showPlugin = async (title) => {
    const button = `.graphiql-sidebar button[aria-label="Show ${title}"]`;
    if (await page.$(button)) {
      await page.click(button);
    }
  };
  // runs the editor's operation with the Run button and gives what the result pane shows
  const run = async () => {
    await page.$eval(RESULT_EDITOR, (editor) => editor.CodeMirror.setValue(''));
    await page.click(RUN_BUTTON);
    // the result pane is empty until the whole answer is shown
    await page.waitForFunction((selector) => document.querySelector(selector)?.CodeMirror.getValue().trim(),
      { timeout: STEP_TIMEOUT, polling: 100 }, RESULT_EDITOR);
    return page.$eval(RESULT_EDITOR, (editor) => editor.CodeMirror.getValue());
  };
  const openExample = async (name) => {
    await showPlugin('Examples');
    await page.click(`.sg-examples li[data-example="${name}"] button`);
    await page.waitForFunction((selector, operation) => document.querySelector(selector)?.CodeMirror.getValue()
      .includes(operation), { timeout: STEP_TIMEOUT, polling: 100 }, QUERY_EDITOR, `query ${name} `);
    return { name, query: await editorText(), tabs: await page.$$eval('.graphiql-tab', (tabs) => tabs.length) };
  };
  const field = (...path) => BUILDER_ROOT + path.map((name) => ` > li[data-field="${name}"]`).join(' > .sg-fields');

  await step('load the page', async () => {
    const response = await page.goto(pageUrl, { timeout: STEP_TIMEOUT });
    if (!response.ok()) {
      throw new Error(`${pageUrl} answered ${response.status()}`);
    }
    await wait(QUERY_EDITOR);
    steps.loaded = { url: page.url(), title: await page.title() };
  });

  if (mode === 'full') {
    await step('list the root fields in the query builder', async () => {
      await wait(`${BUILDER_ROOT} > li[data-field]`);
      steps.builder = {
        rootFields: await page.$$eval(`${BUILDER_ROOT} > li[data-field]`, (fields) => fields.map((f) => f.dataset.field)),
      };
    });
    await step('build a query: organization, its code argument, name and code', async () => {
      await page.click(`${field('organization')} > label input`);
      const code = `${field('organization')} > .sg-arguments > [data-argument="code"] input`;
      await wait(code);
      await page.type(code, 'CSTO');
      await wait(`${field('organization', 'name')} > label input`);
      await page.click(`${field('organization', 'name')} > label input`);
      await page.click(`${field('organization', 'code')} > label input`);
      steps.builder.query = await editorText();
      steps.builder.result = await run();
    });
    await step('run a typed query with the Run button', async () => {
      await page.$eval(QUERY_EDITOR, (editor, query) => editor.CodeMirror.setValue(query), QUERY);
      steps.typed = { query: QUERY, result: await run() };
      // the builder shows what the editor holds
      steps.typed.ticked = await page.$$eval(`${BUILDER_ROOT} li[data-field]`, (fields) => fields
        .filter((f) => f.querySelector(':scope > label input').checked)
        .map((f) => {
          const names = [];
          for (let at = f; at && at.dataset.field; at = at.parentElement.closest('li[data-field]')) {
            names.unshift(at.dataset.field);
          }
          return names.join('.');
        }));
      steps.typed.code = await page.$eval(`${field('organization')} > .sg-arguments > [data-argument="code"] input`,
        (input) => input.value);
    });
    await step('open an example in a new tab and run it', async () => {
      await showPlugin('Examples');
      await wait('.sg-examples li[data-example]');
      const names = await page.$$eval('.sg-examples li[data-example]', (items) => items.map((i) => i.dataset.example));
      steps.example = { names, ...await openExample(examples[0] ?? 'CstoMembers') };
      steps.example.result = await run();
    });
    await step('open the documentation explorer', async () => {
      await showPlugin('Documentation Explorer');
      // a spinner while the schema is fetched, then the root types or an error
      await wait(`${DOCS} .graphiql-doc-explorer-root-type, ${DOCS} .graphiql-doc-explorer-error`);
      steps.docs = await page.$eval(DOCS, (docs) => ({
        error: docs.querySelector('.graphiql-doc-explorer-error')?.textContent ?? null,
        rootTypes: [...docs.querySelectorAll('.graphiql-doc-explorer-root-type')]
          .map((type) => `${type.textContent}: ${type.nextElementSibling?.textContent}`),
        queryFields: [],
      }));
    });
    await step('open the Query type in the documentation explorer', async () => {
      if (steps.docs.error) {
        return;
      }
      const query = await wait(
        `xpath/${'//span[@class="graphiql-doc-explorer-root-type" and text()="query"]'}/following-sibling::a`);
      await query.click();
      await wait(`${DOCS} .graphiql-doc-explorer-field-name`);
      steps.docs.queryFields = await page.$$eval(`${DOCS} .graphiql-doc-explorer-field-name`,
        (fields) => fields.map((f) => f.textContent));
    });
    await step('read the history', async () => {
      await showPlugin('History');
      await wait('.graphiql-history-item-label');
      steps.history = await page.$$eval('.graphiql-history-item-label', (items) => items.map((i) => i.textContent));
    });
    // for the screenshot: the example as the builder shows it
    await step('show the query builder', () => showPlugin('Query builder'));
  } else {
    await step('read the notice, the builder and the documentation explorer', async () => {
      steps.notice = await page.$eval('#notice', (notice) => (notice.hidden ? null : notice.textContent));
      await showPlugin('Query builder');
      steps.builderNote = await page.$eval('.sg-builder', (builder) => builder.textContent);
      await showPlugin('Documentation Explorer');
      steps.docs = await page.$eval(DOCS, (docs) => docs.textContent);
    });
    for (const [index, name] of examples.entries()) {
      await step(`run the example ${name}`, async () => {
        steps[`example${index}`] = await openExample(name);
        steps[`example${index}`].result = await run();
      });
    }
  }
  await page.screenshot({ path: screenshot });
  await Promise.all(bodies);
} finally {
  await browser.close();
}
console.log(JSON.stringify(summary));
