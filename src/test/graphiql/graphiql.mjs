// GraphiQL of a running Summit Graph, used as an analyst would, in headless Chromium:
//   node graphiql.mjs <base url of the application> <chromium executable> [screenshot.png]
// Loads /q/graphql-ui/, sets a query in the editor and presses Run, then opens the documentation
// explorer and the Query type. It only observes; the Java test (GraphiQLBrowserIT) judges. Prints
// progress, then a JSON summary as the last line:
// {"page","query","result","docs":{"error","rootTypes","queryFields"},"graphqlFailures":[..],
//  "otherFailures":[..],"pageErrors":[..],"failure"}
// where failure names the step that did not complete in time (null when all did). Exit 1 only when
// no summary could be made (the browser did not start).
import puppeteer from 'puppeteer-core';

// SmallRye ships GraphiQL 3.2 (CodeMirror 5 editors): these are its class names
const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const RESULT_EDITOR = '.graphiql-response .CodeMirror';
const RUN_BUTTON = '.graphiql-execute-button';
const DOCS_BUTTON = '.graphiql-sidebar button[aria-label="Show Documentation Explorer"]';
const DOCS = '.graphiql-doc-explorer-content';
const QUERY = '{\n  organization(code: "CSTO") {\n    code\n    name\n    acronym\n  }\n}';
const STEP_TIMEOUT = 30_000;

const [base, chromium, screenshot] = process.argv.slice(2);
if (!base || !chromium) {
  console.error('usage: node graphiql.mjs <base url> <chromium executable> [screenshot.png]');
  process.exit(2);
}
const origin = new URL(base);
const pageUrl = new URL('q/graphql-ui/', base.endsWith('/') ? base : base + '/').toString();
const summary = {
  page: pageUrl, query: QUERY, result: null, docs: null,
  graphqlFailures: [], otherFailures: [], pageErrors: [], failure: null,
};

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
    (url.origin === origin.origin && url.pathname === '/graphql' ? summary.graphqlFailures : summary.otherFailures)
      .push(failure);
    bodies.push(response.text().then((text) => { failure.body = text.slice(0, 500); }, () => {}));
  });
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    (url.origin === origin.origin && url.pathname === '/graphql' ? summary.graphqlFailures : summary.otherFailures)
      .push({ status: 0, method: request.method(), url: request.url(), error: request.failure()?.errorText });
  });

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

  await step('load the page', async () => {
    const response = await page.goto(pageUrl, { timeout: STEP_TIMEOUT });
    if (!response.ok()) {
      throw new Error(`${pageUrl} answered ${response.status()}`);
    }
    await page.waitForSelector(QUERY_EDITOR, { timeout: STEP_TIMEOUT });
  });
  await step('run the query with the Run button', async () => {
    await page.evaluate((selector, query) => document.querySelector(selector).CodeMirror.setValue(query),
      QUERY_EDITOR, QUERY);
    await page.click(RUN_BUTTON);
    // the result pane is empty until the whole answer is shown
    await page.waitForFunction((selector) => document.querySelector(selector)?.CodeMirror.getValue().trim(),
      { timeout: STEP_TIMEOUT, polling: 100 }, RESULT_EDITOR);
    summary.result = await page.evaluate((selector) => document.querySelector(selector).CodeMirror.getValue(),
      RESULT_EDITOR);
  });
  await step('open the documentation explorer', async () => {
    await page.click(DOCS_BUTTON);
    // a spinner while the schema is fetched, then the root types or an error
    await page.waitForSelector(`${DOCS} .graphiql-doc-explorer-root-type, ${DOCS} .graphiql-doc-explorer-error`,
      { timeout: STEP_TIMEOUT });
    summary.docs = await page.$eval(DOCS, (docs) => ({
      error: docs.querySelector('.graphiql-doc-explorer-error')?.textContent ?? null,
      rootTypes: [...docs.querySelectorAll('.graphiql-doc-explorer-root-type')]
        .map((root) => `${root.textContent}: ${root.nextElementSibling?.textContent}`),
      queryFields: [],
    }));
  });
  await step('open the Query type in the documentation explorer', async () => {
    if (summary.docs.error) {
      return;
    }
    const query = await page.waitForSelector(
      `xpath/${'//span[@class="graphiql-doc-explorer-root-type" and text()="query"]'}/following-sibling::a`,
      { timeout: STEP_TIMEOUT });
    await query.click();
    await page.waitForSelector(`${DOCS} .graphiql-doc-explorer-field-name`, { timeout: STEP_TIMEOUT });
    summary.docs.queryFields = await page.$$eval(`${DOCS} .graphiql-doc-explorer-field-name`,
      (fields) => fields.map((field) => field.textContent));
  });
  if (screenshot) {
    await page.screenshot({ path: screenshot });
  }
  await Promise.all(bodies);
} finally {
  await browser.close();
}
console.log(JSON.stringify(summary));
