// Drives the questionnaire page (/) of a running Training Advisor in headless Chromium, as a person would:
// answers the questions, reads the answer, applies a counterfactual, switches language, opens the shared link in a
// fresh browser context, prints, and scans every state with axe-core (no serious or critical violation), at desktop
// width and at 390 px. Any console error, page error or failed request fails the run.
//
// Environment: ADVISOR_BASE_URL (the service), CHROMIUM (default /usr/bin/chromium), ADVISOR_SCREENSHOTS (a folder
// for the README's screenshots; none when unset). Run by QuestionnaireBrowserIT; exits non-zero on the first failure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';

const require = createRequire(import.meta.url);
const BASE = process.env.ADVISOR_BASE_URL ?? 'http://127.0.0.1:8080';
const SHOTS = process.env.ADVISOR_SCREENSHOTS ?? '';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 20000;

const problems = [];
let checks = 0;

function step(name) {
  console.log(`- ${name}`);
  checks++;
}

function watch(page, label) {
  page.on('console', message => {
    if (message.type() === 'error') problems.push(`${label}: console error: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`${label}: page error: ${error.message}`));
  page.on('requestfailed', request => problems.push(`${label}: request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', response => {
    if (response.status() >= 400) problems.push(`${label}: ${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  return page;
}

async function axe(page, label) {
  await page.addScriptTag({content: AXE});
  const result = await page.evaluate(async () => window.axe.run(document, {resultTypes: ['violations']}));
  const bad = result.violations.filter(violation => violation.impact === 'serious' || violation.impact === 'critical');
  assert.deepEqual(bad.map(violation => `${violation.id} (${violation.impact}): ${violation.help} at ` +
      violation.nodes.slice(0, 3).map(node => node.target.join(' ')).join(', ')), [], `axe, ${label}`);
  step(`axe-core finds no serious or critical violation: ${label}`);
}

/** A PNG for the README: the viewport, or the top `height` pixels of the page, or one element. */
async function shot(page, name, {height, element} = {}) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, {recursive: true});
  const file = path.join(SHOTS, `${name}.png`);
  if (element) {
    await page.locator(element).screenshot({path: file});
  } else if (height) {
    const width = page.viewportSize().width;
    await page.screenshot({path: file, fullPage: true, clip: {x: 0, y: 0, width, height}});
  } else {
    await page.screenshot({path: file});
  }
}

async function currentField(page) {
  const form = page.locator('form#question');
  await form.waitFor({timeout: TIMEOUT});
  return form.getAttribute('data-field');
}

/** Answers the question on screen: a choice by its label text, a number, or "I don't know". */
async function answer(page, field, value) {
  await page.waitForSelector(`form#question[data-field="${field}"]`, {timeout: TIMEOUT});
  if (value === 'unknown') {
    await page.locator('#q-unknown').check();
  } else if (typeof value === 'number') {
    await page.locator('#q-number').fill(String(value));
  } else {
    await page.locator(`form#question input[name=answer][value="${value}"]`).check();
  }
  await page.locator('#next').click();
  await page.waitForFunction(previous => {
    const form = document.querySelector('form#question');
    return !form || form.dataset.field !== previous;
  }, field, {timeout: TIMEOUT});
}

async function verdict(page) {
  const section = page.locator('section.verdict');
  await section.waitFor({timeout: TIMEOUT});
  return {
    approach: await section.getAttribute('data-approach'),
    summary: await page.locator('#summary').textContent(),
    path: await page.locator('ol.path li').evaluateAll(items => items.map(item => item.dataset.node)),
    methods: await page.locator('.methods strong').allTextContents(),
  };
}

async function waitForDiagram(page) {
  await page.waitForSelector('#diagram[data-rendered="true"] svg', {timeout: TIMEOUT});
}

/** The ruleset the page works with: its choice of rulesets, or ruleset 1 on a server that has only that. */
async function pageRuleset(page) {
  return (await page.locator('#ruleset').count()) ? page.locator('#ruleset').inputValue() : '1';
}

async function apiAssessment(body, ruleset, lang = 'en') {
  const response = await fetch(`${BASE}/assessments?ruleset=${ruleset}`, {method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept-Language': lang}, body: JSON.stringify(body)});
  assert.equal(response.status, 200);
  return response.json();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});

try {
  // --- A person on a desktop, English browser --------------------------------------------------------------------
  const desktop = await browser.newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
  const page = watch(await desktop.newPage(), 'desktop');
  await page.goto(`${BASE}/`);
  assert.equal(await currentField(page), 'usesPrivateData');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.locator('#q-help').textContent(), /\S/, 'each question is explained');
  step('/ serves the questionnaire in English and asks the tree\'s first question, explained');
  await axe(page, 'first question, 1280 px');

  // The knowledge path to training: every question the walk reaches, in the tree's order.
  const asked = [];
  const plan = {
    usesPrivateData: 'false', desiredChange: 'DEEP_KNOWLEDGE', labeledExamples: 12000, mlExpertise: 'IN_HOUSE',
    trainingBudgetUsd: 25000, knowledgeInPublicData: 'false', ragTooSlowOrExpensive: 'true',
    alreadyDoingSft: 'unknown', multipleSpecializedModels: 'unknown', loraExperience: 'unknown',
  };
  for (;;) {
    const form = page.locator('form#question');
    if (!(await form.count())) break;
    const field = await form.getAttribute('data-field');
    assert.ok(field in plan, `the page asked about ${field}, which this profile's path does not read`);
    assert.ok(!asked.includes(field), `${field} asked twice`);
    if (field === 'labeledExamples') {
      const ruleset = await pageRuleset(page);
      assert.equal(await page.locator('#q-unknown').count(), ruleset === '1' ? 0 : 1,
          `"I don't know" for the examples exactly where ruleset ${ruleset} allows an unknown`);
      await axe(page, 'a number question with answers so far, 1280 px');
    }
    if (field === 'knowledgeInPublicData') {
      assert.equal(await page.locator('#q-unknown').count(), 1, '"I don\'t know" where the rules allow unknowns');
      await shot(page, 'questionnaire', {height: 1000});
    }
    asked.push(field);
    await answer(page, field, plan[field]);
  }
  assert.deepEqual(asked, ['usesPrivateData', 'desiredChange', 'labeledExamples', 'mlExpertise', 'trainingBudgetUsd',
    'knowledgeInPublicData', 'ragTooSlowOrExpensive', 'alreadyDoingSft', 'multipleSpecializedModels', 'loraExperience']);
  step('the questions come in the tree\'s order, each once');

  const first = await verdict(page);
  const expected = await apiAssessment({usesPrivateData: false, desiredChange: 'DEEP_KNOWLEDGE', labeledExamples: 12000,
    mlExpertise: 'IN_HOUSE', trainingBudgetUsd: 25000, knowledgeInPublicData: false, ragTooSlowOrExpensive: true},
  await pageRuleset(page));
  assert.equal(first.approach, expected.approach);
  assert.equal(first.summary, expected.summary);
  assert.deepEqual(first.path, expected.decisionPath.map(step => step.node));
  assert.deepEqual(first.methods, expected.recommendedMethods.length ? [expected.recommendedMethods.join(', ')] : []);
  step(`the answer page shows the API's answer for these answers: ${first.approach}`);

  // Issue 19: until when the answer holds, as the API says (validUntil), in the page's words around the fact's.
  if (expected.validUntil) {
    const line = page.locator('section.verdict #valid-until');
    assert.equal(await line.getAttribute('data-date'), expected.validUntil.date);
    const text = await line.textContent();
    assert.ok(text.startsWith(`Re-check after ${expected.validUntil.date}`), text);
    assert.ok(text.includes(expected.validUntil.fact), `${text} names the fact ${expected.validUntil.fact}`);
    step(`the ${first.approach} answer says until when it holds: "${text}"`);
  } else {
    assert.equal(await page.locator('#valid-until').count(), 0, 'no validUntil in the answer: no line');
    step(`the ${first.approach} answer depends on no dated fact: no re-check line`);
  }

  await waitForDiagram(page);
  const highlighted = await page.locator('#diagram svg').evaluate(svg => svg.querySelectorAll('[style*="stroke-width:4px"], [style*="stroke-width: 4px"]').length);
  assert.ok(highlighted > 0, 'the diagram highlights the path taken');
  step('the decision tree is drawn from the service\'s Mermaid, the path highlighted');

  for (const method of ['SFT', 'RLHF', 'PEFT']) {
    assert.equal(await page.locator(`.checklist[data-method="${method}"] li`).count() > 0, true, `${method} checklist`);
  }
  assert.equal(await page.locator('.next-steps li').count(), expected.nextSteps.length);
  assert.equal(await page.locator('.counterfactuals li').count(), expected.counterfactuals.length);
  assert.deepEqual(await page.locator('.counterfactuals li').evaluateAll(items => items.map(li => li.dataset.onlyUnstated === 'true')),
      expected.counterfactuals.map(c => c.onlyUnstated), 'what finding out can lead to is offered first');
  step('checklists, next steps and counterfactuals are all shown, what finding out can lead to first');

  // --- Your recent assessments (GET /assessments): the answer just given is the newest record --------------------
  await page.waitForSelector('#recent[data-state="on"] li', {timeout: TIMEOUT});
  const recentIds = await page.locator('#recent li').evaluateAll(items => items.map(item => item.dataset.id));
  // This script's own POST /assessments (above) came after the page read the list: left out.
  const listed = await (await fetch(`${BASE}/assessments?limit=${recentIds.length + 1}`)).json();
  assert.deepEqual(recentIds, listed.records.map(record => record.assessmentId).filter(id => id !== expected.assessmentId)
      .slice(0, recentIds.length), 'the page lists GET /assessments, newest first');
  assert.equal(await page.locator('#recent li').first().getAttribute('data-approach'), first.approach);
  const newest = recentIds[0];
  step(`"your recent assessments" lists the server's records, newest first (${recentIds.length}), this answer on top`);

  let sharedCost = null;
  const costs = page.locator('#cost-result[data-rendered="true"] canvas, #cost-unavailable');
  await costs.first().waitFor({timeout: TIMEOUT});
  if (await page.locator('#cost-result canvas').count()) {
    assert.ok(await page.locator('.cost-table tbody tr').count() === 3, 'three options in the cost table');
    const market = await (await fetch(`${BASE}/fine-tuning-offerings`)).json();
    const offeringOf = id => market.offerings.find(offering => offering.id === id);
    const compared = page.locator('#cost-compared');
    const offered = offeringOf(await compared.getAttribute('data-offering'));
    assert.ok(offered && offered.takesNewJobs && offered.status === 'AVAILABLE',
        `the chart starts with an offering that takes new jobs today: ${offered?.id}`);
    const models = (await (await fetch(`${BASE}/models`)).json()).models;
    const baselineId = await compared.getAttribute('data-baseline');
    const baseline = models.find(model => model.id === baselineId);
    assert.ok(baseline && !baseline.retiresOn && baseline.cachedInputUsd !== undefined,
        `the baseline keeps serving and has a prompt-cache price: ${baseline?.id}`);
    step(`the cost chart compares ${baseline.id} (prompting, RAG) with ${offered.id} (${offered.servingMode})`);

    // An hourly offering: its fixed monthly part is shown apart from the per-token part.
    const hourly = market.offerings.filter(offering => offering.takesNewJobs && offering.servingMode === 'DEDICATED'
        && offering.replicaUsdPerHour !== undefined && offering.trainingUsd !== undefined)[0];
    await page.locator('#cost-figures summary').click();
    const drawn = () => page.waitForResponse(response => response.url().endsWith('/cost-comparisons'), {timeout: TIMEOUT});
    let answered = drawn();
    await page.locator('#cost-offering').selectOption(hourly.id);
    let comparison = await (await answered).json();
    await page.waitForSelector(`#cost-result[data-rendered="true"] #cost-fixed[data-mode="DEDICATED"]`, {timeout: TIMEOUT});
    assert.equal(comparison.fineTune.offering, hourly.id);
    assert.equal(Number(await page.locator('#cost-fixed').getAttribute('data-fixed-monthly')), hourly.fixedMonthlyUsd);
    assert.equal(comparison.fineTune.fixedMonthlyUsd, hourly.fixedMonthlyUsd, 'the fixed part is the offering\'s');
    const fixedCell = await page.locator('.cost-table tr[data-option="FINE_TUNED"] td.fixed').textContent();
    assert.equal(Number(fixedCell.replace(/[^0-9.]/g, '')), hourly.fixedMonthlyUsd, 'the table has the fixed part per month');
    assert.ok(await page.locator('#cost-warnings li[data-code="HOURLY_SERVING"]').count() === 1, 'HOURLY_SERVING shown');
    const againstRag = comparison.breakEven.find(breakEven => breakEven.against === 'RAG');
    assert.equal(await page.locator('.break-even[data-against="RAG"]').getAttribute('data-queries'),
        String(againstRag.queriesPerMonth ?? ''), 'the break-even volume is the service\'s');
    // Another baseline without a prompt-cache price: no cached tokens by default, so no refusal.
    const uncached = models.find(model => model.inputUsd !== undefined && model.outputUsd !== undefined
        && model.cachedInputUsd === undefined && !model.retiresOn);
    answered = drawn();
    await page.locator('#cost-baseline').selectOption(uncached.id);
    const other = await (await answered).json();
    assert.equal(other.baseline?.model, uncached.id, `a comparison on ${uncached.id}, not a refusal`);
    assert.equal(other.input.cachedTokens, 0);
    answered = drawn();
    await page.locator('#cost-baseline').selectOption(baselineId);
    await answered;
    step(`${hourly.id}: ${hourly.fixedMonthlyUsd} USD a month fixed, shown apart; break-even against RAG at ${againstRag.queriesPerMonth} queries a month`);

    // A base that retires inside the horizon: the forced retraining month is marked (OpenAI's snapshots, 2027-01-14,
    // judged from a start date on which OpenAI still took jobs, so the check does not depend on today's date).
    const retiring = market.offerings.find(offering => offering.retiresOn && offering.trainingUsd !== undefined
        && offering.inputUsd !== undefined && offering.servingMode === 'PER_TOKEN' && offering.newJobsUntil
        && offering.newJobsUntil >= '2026-12-01' && offering.retiresOn > '2026-12-01');
    answered = drawn();
    await page.locator('#cost-offering').selectOption(retiring.id);
    await answered;
    await page.locator('#cost-startDate').fill('2026-12-01');
    await page.locator('#cost-queriesPerMonth').fill('20000000');
    answered = drawn();
    await page.locator('#cost-update').click();
    comparison = await (await answered).json();
    await page.waitForSelector('#cost-result[data-rendered="true"] #cost-retrainings li[data-reason="BASE_RETIRES"]', {timeout: TIMEOUT});
    const forced = comparison.fineTune.retrainings.find(retraining => retraining.reason === 'BASE_RETIRES');
    assert.equal(await page.locator('#cost-retrainings li[data-reason="BASE_RETIRES"]').getAttribute('data-month'), String(forced.month));
    for (const code of ['FINE_TUNE_RETIRES_WITHIN_HORIZON', 'ELIGIBILITY_LIMITED']) {
      assert.equal(await page.locator(`#cost-warnings li[data-code="${code}"]`).count(), 1, `${code} shown`);
    }
    const costLink = await page.locator('#share-link').inputValue();
    for (const part of [`cost.offering=${retiring.id}`, 'cost.startDate=2026-12-01', 'cost.queriesPerMonth=20000000']) {
      assert.ok(costLink.includes(part), `${part} in the shared link`);
    }
    sharedCost = {offering: retiring.id, month: forced.month};
    step(`${retiring.id} from 2026-12-01: its base retires on ${retiring.retiresOn}, forced retraining marked in month ${forced.month}; the figures are in the link`);
  } else {
    step('the cost comparison is not offered by this server: the page says so');
  }

  await axe(page, 'answer page, 1280 px');
  await shot(page, 'answer', {height: 1700});
  await shot(page, 'answer-tree', {element: 'section.tree'});
  if (await page.locator('#cost-result canvas').count()) await shot(page, 'answer-costs', {element: '#costs'});

  // --- Print view ------------------------------------------------------------------------------------------------
  await page.emulateMedia({media: 'print'});
  assert.equal(await page.locator('#copy-link').isVisible(), false, 'no controls in print');
  assert.equal(await page.locator('section.verdict').isVisible(), true);
  assert.equal(await page.locator('.print-only').isVisible(), true, 'the printout names its link');
  await page.emulateMedia({media: 'screen'});
  step('the print view keeps the answer and drops the controls');

  // --- The browser's Back and Forward walk the answers -----------------------------------------------------------
  await page.goBack();
  await page.waitForSelector('form#question[data-field="loraExperience"]', {timeout: TIMEOUT});
  await page.goForward();
  assert.equal((await verdict(page)).approach, first.approach);
  await waitForDiagram(page);
  step('the browser\'s Back returns to the last question, Forward to the answer');

  // --- What would change this: apply the first counterfactual with one click --------------------------------------
  const counterfactual = page.locator('.counterfactuals li').first();
  const promised = await counterfactual.getAttribute('data-approach');
  await counterfactual.locator('button.apply').click();
  await page.waitForFunction(approach => document.querySelector('section.verdict')?.dataset.approach === approach
      && document.querySelector('.applied') !== null, promised, {timeout: TIMEOUT});
  const changed = await verdict(page);
  assert.equal(changed.approach, promised);
  assert.notEqual(changed.approach, first.approach);
  await waitForDiagram(page);
  step(`applying a counterfactual re-assesses: ${first.approach} → ${changed.approach}`);

  // --- Switch language -----------------------------------------------------------------------------------------
  await page.locator('.lang button[data-lang="zh"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, {timeout: TIMEOUT});
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('#summary')?.textContent ?? ''), null,
      {timeout: TIMEOUT});
  const chinese = await verdict(page);
  assert.equal(chinese.approach, changed.approach, 'the approach does not change with the language');
  assert.match(await page.locator('h1').textContent(), /[\u4e00-\u9fff]/);
  await waitForDiagram(page);
  step('the switch turns the page and the service\'s texts into Simplified Chinese');
  await axe(page, 'answer page in Chinese, 1280 px');
  await shot(page, 'answer-zh');

  // --- The shared link, opened in a fresh browser context -------------------------------------------------------
  const link = await page.locator('#share-link').inputValue();
  assert.ok(link.startsWith(`${BASE}/#`), link);
  assert.ok(!link.includes('?'), 'the answers are in the fragment, never sent to the server');
  const fresh = await browser.newContext({locale: 'zh-CN', viewport: {width: 1280, height: 900}});
  const other = watch(await fresh.newPage(), 'shared link');
  await other.goto(link);
  const shared = await verdict(other);
  assert.deepEqual(shared, chinese, 'the shared link reproduces the answer');
  if (sharedCost) {
    await other.waitForSelector(`#cost-result[data-rendered="true"] #cost-compared[data-offering="${sharedCost.offering}"]`, {timeout: TIMEOUT});
    assert.equal(await other.locator('#cost-retrainings li[data-reason="BASE_RETIRES"]').getAttribute('data-month'), String(sharedCost.month));
    assert.equal(await other.locator('#cost-startDate').inputValue(), '2026-12-01');
    assert.equal(await other.locator('#cost-queriesPerMonth').inputValue(), '20000000');
  }
  await fresh.close();
  step('the shared link reproduces the same answer and cost comparison (offering, start date, volume) in a fresh browser');

  // --- A recorded assessment: opened from "your recent assessments", shared by its link, assessed again ----------
  await page.waitForSelector('#recent[data-state="on"] li', {timeout: TIMEOUT});
  assert.match(await page.locator('#recent-heading').textContent(), /[\u4e00-\u9fff]/, 'the list in Chinese');
  const recordId = await page.locator('#recent li').first().getAttribute('data-id');
  await page.locator('#recent li a').first().click();
  await page.waitForSelector(`#recorded[data-id="${recordId}"]`, {timeout: TIMEOUT});
  const record = await (await fetch(`${BASE}/assessments/${recordId}`)).json();
  assert.equal(await page.locator('section.verdict').getAttribute('data-approach'), record.answer.approach);
  assert.equal(await page.locator('#summary').textContent(), record.answer.summary, 'the answer as it was sent');
  assert.match(await page.locator('#recorded-heading').textContent(), /[\u4e00-\u9fff]/, 'the page\'s texts in Chinese');
  const recordLink = await page.locator('#share-link').inputValue();
  assert.equal(recordLink, `${BASE}/#assessment=${recordId}`);
  // What changed since (issue 19): the page shows what GET /assessments/{id}/reassessment answers.
  await page.waitForSelector('#what-changed[data-state="changed"], #what-changed[data-state="unchanged"]', {timeout: TIMEOUT});
  const again = await (await fetch(`${BASE}/assessments/${recordId}/reassessment`, {headers: {'Accept-Language': 'zh-CN'}})).json();
  const whatChanged = page.locator('#what-changed');
  assert.equal(await whatChanged.getAttribute('data-state'), again.changes.changed ? 'changed' : 'unchanged');
  assert.equal(await whatChanged.getAttribute('data-approach-before'), again.changes.approachBefore);
  assert.equal(await whatChanged.getAttribute('data-approach-after'), again.changes.approachAfter);
  assert.equal(again.changes.approachBefore, record.answer.approach, 'before is the record');
  assert.deepEqual(await whatChanged.locator('li[data-reason]').evaluateAll(items => items.map(li => [li.dataset.reason, li.textContent])),
      again.reasons.map(reason => [reason.code, reason.message]), 'the reasons, as the API words them');
  if (again.changes.changed) {
    assert.deepEqual(await whatChanged.locator('.warnings-added li').evaluateAll(items => items.map(li => li.dataset.code)),
        again.changes.warningsAdded);
    assert.deepEqual(await whatChanged.locator('.warnings-removed li').evaluateAll(items => items.map(li => li.dataset.code)),
        again.changes.warningsRemoved);
  } else {
    assert.match(await page.locator('#what-changed-nothing').textContent(), /[\u4e00-\u9fff]/, 'nothing changed, in Chinese');
  }
  step(`"what changed since" on the record shows GET …/reassessment: ${again.changes.approachBefore} → ${again.changes.approachAfter}, ` +
      `changed: ${again.changes.changed}, reasons: [${again.reasons.map(reason => reason.code).join(', ')}]`);
  await axe(page, 'a recorded assessment in Chinese, 1280 px');
  const recordContext = await browser.newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
  const opened = watch(await recordContext.newPage(), 'record link');
  await opened.goto(recordLink);
  await opened.waitForSelector(`#recorded[data-id="${recordId}"]`, {timeout: TIMEOUT});
  assert.equal(await opened.locator('#recorded-heading').textContent(), 'A recorded assessment');
  assert.equal(await opened.locator('#summary').textContent(), record.answer.summary, 'as sent, whatever the language now');
  // The recorded TRAINING answer from the start keeps its validUntil line, as recorded.
  const trainingRecord = await (await fetch(`${BASE}/assessments/${newest}`)).json();
  await opened.goto(`${BASE}/#assessment=${newest}`);
  await opened.waitForSelector(`#recorded[data-id="${newest}"]`, {timeout: TIMEOUT});
  if (trainingRecord.answer.validUntil) {
    assert.equal(await opened.locator('section.verdict #valid-until').getAttribute('data-date'), trainingRecord.answer.validUntil.date);
    assert.ok((await opened.locator('#valid-until').textContent()).includes(trainingRecord.answer.validUntil.fact ?? ''));
  } else {
    assert.equal(await opened.locator('#valid-until').count(), 0);
  }
  // The "changed" view, drawn from the real re-assessment of that record with its changes and a reason altered (the
  // running market data cannot move under this scenario): before → after, warnings added and removed, the named date.
  const real = await (await fetch(`${BASE}/assessments/${newest}/reassessment`)).json();
  const altered = {...real, changes: {...real.changes, changed: true, approachAfter: 'RAG', methodsAdded: [], methodsRemoved: [],
    warningsAdded: ['PROVIDER_CLOSING'], warningsRemoved: ['SOME_OLD_WARNING']},
  reasons: [{code: 'DATE_PASSED', message: 'A dated fact has taken effect since.', datedFact: {date: '2027-01-06',
    code: 'PROVIDER_NEW_JOBS_END', subject: 'openai-fine-tuning'}}]};
  await opened.route(/\/reassessment(\?.*)?$/, route => route.fulfill({status: 200, contentType: 'application/json',
    body: JSON.stringify(altered)}));
  await opened.reload();
  await opened.waitForSelector('#what-changed[data-state="changed"]', {timeout: TIMEOUT});
  assert.equal(await opened.locator('#what-changed').getAttribute('data-approach-after'), 'RAG');
  assert.match(await opened.locator('#what-changed-approach').textContent(), /→/);
  assert.deepEqual(await opened.locator('#what-changed .warnings-added li').allTextContents(), ['PROVIDER_CLOSING']);
  assert.deepEqual(await opened.locator('#what-changed .warnings-removed li').allTextContents(), ['SOME_OLD_WARNING']);
  assert.equal(await opened.locator('#what-changed li[data-reason="DATE_PASSED"]').getAttribute('data-date'), '2027-01-06');
  await axe(opened, 'a recorded assessment with what changed since, 1280 px');
  await opened.unroute(/\/reassessment(\?.*)?$/);
  step(`a recorded ${trainingRecord.answer.approach} answer keeps its re-check line; a changed re-assessment reads before → after, warnings added and removed, the date passed`);
  await opened.goto(recordLink);
  await opened.waitForSelector(`#recorded[data-id="${recordId}"]`, {timeout: TIMEOUT});
  await opened.locator('#reassess').click();
  await opened.waitForFunction(() => document.querySelector('#view')?.dataset.view === 'answer', null, {timeout: TIMEOUT});
  assert.equal((await verdict(opened)).approach, record.answer.approach, 'the same profile, assessed again today');
  assert.ok(!(await opened.locator('#share-link').inputValue()).includes('assessment='));
  await recordContext.close();
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#view')?.dataset.view === 'answer', null, {timeout: TIMEOUT});
  step(`a recent assessment opens by its link (#assessment=${recordId}) as recorded, in a fresh browser too, and can be assessed again`);

  // --- History closed to the page (oidc without a token) or off: no error, the section says so or stays hidden ---
  const closed = await browser.newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
  const guarded = await closed.newPage();
  const guardedErrors = [];
  guarded.on('pageerror', error => guardedErrors.push(error.message));
  const problem = (status, type, title) => ({status, contentType: 'application/problem+json',
    headers: status === 401 ? {'WWW-Authenticate': 'Bearer'} : {},
    body: JSON.stringify({type, title, status, detail: title})});
  const history = /\/assessments(\?.*|\/[0-9a-f-]{36})$/;
  await guarded.route(history, route => route.request().method() === 'GET'
      ? route.fulfill(problem(401, '/problems/unauthorized', 'Unauthorized')) : route.continue());
  await guarded.goto(`${BASE}/`);
  await guarded.waitForSelector('#recent[data-state="unauthorized"] #recent-unauthorized', {timeout: TIMEOUT});
  assert.equal(await guarded.locator('form#question').count(), 1, 'the questionnaire works without history');
  await guarded.goto(`${BASE}/#assessment=${recordId}`);
  await guarded.waitForSelector('#record-error', {timeout: TIMEOUT});
  assert.match(await guarded.locator('#record-error').textContent(), /sign-in/);
  await guarded.unroute(history);
  await guarded.route(history, route => route.request().method() === 'GET'
      ? route.fulfill(problem(404, '/problems/history-off', 'History is off')) : route.continue());
  await guarded.goto(`${BASE}/#`);
  await guarded.reload();
  await guarded.waitForSelector('#recent[data-state="off"]', {state: 'attached', timeout: TIMEOUT});
  assert.equal(await guarded.locator('#recent').isVisible(), false, 'history off: no section');
  await guarded.unroute(history);
  const reassessment = /\/assessments\/[0-9a-f-]{36}\/reassessment(\?.*)?$/;
  await guarded.route(reassessment, route => route.fulfill(problem(401, '/problems/unauthorized', 'Unauthorized')));
  await guarded.goto(`${BASE}/#assessment=${recordId}`);
  await guarded.reload();
  await guarded.waitForSelector('#what-changed[data-state="unauthorized"] #what-changed-error', {timeout: TIMEOUT});
  assert.match(await guarded.locator('#what-changed-error').textContent(), /sign-in/);
  assert.equal(await guarded.locator(`#recorded[data-id="${recordId}"]`).count(), 1, 'the record stays shown');
  await guarded.unroute(reassessment);
  await guarded.route(reassessment, route => route.fulfill(problem(404, '/problems/history-off', 'History is off')));
  await guarded.reload();
  await guarded.waitForSelector('#what-changed[data-state="not-found"] #what-changed-error', {timeout: TIMEOUT});
  assert.match(await guarded.locator('#what-changed-error').textContent(), /keeps no history/);
  await guarded.unroute(reassessment);
  await guarded.goto(`${BASE}/#assessment=00000000-0000-4000-8000-000000000000`);
  await guarded.reload();
  await guarded.waitForSelector('#record-error', {timeout: TIMEOUT});
  assert.match(await guarded.locator('#record-error').textContent(), /no such record/);
  assert.deepEqual(guardedErrors, [], 'no page error where history is closed, off or the record unknown');
  await closed.close();
  step('history behind a token: the section says so; history off: hidden; an unknown record: said so; "what changed since" refused (401, history off): said so; no page error');

  // --- A link of the §11 form (one model for all three options) still opens as it was shared ----------------------
  const legacyModel = (await (await fetch(`${BASE}/models`)).json()).models.find(model =>
      ['inputUsd', 'outputUsd', 'fineTunedInputUsd', 'fineTunedOutputUsd', 'trainingUsd'].every(price => price in model));
  if (legacyModel && sharedCost) {
    const legacyContext = await browser.newContext({locale: 'en-US', viewport: {width: 1280, height: 900}});
    const legacy = watch(await legacyContext.newPage(), '§11 link');
    const legacyLink = `${BASE}/#usesPrivateData=false&desiredChange=DEEP_KNOWLEDGE&labeledExamples=12000&mlExpertise=IN_HOUSE` +
        `&trainingBudgetUsd=25000&knowledgeInPublicData=false&ragTooSlowOrExpensive=true&view=answer` +
        `&cost.model=${legacyModel.id}&cost.queriesPerMonth=20000000`;
    const legacyAnswer = legacy.waitForResponse(response => response.url().endsWith('/cost-comparisons'), {timeout: TIMEOUT});
    await legacy.goto(legacyLink);
    const legacyRequest = (await legacyAnswer).request().postDataJSON();
    assert.equal(legacyRequest.model, legacyModel.id, 'a §11 request, by model');
    assert.equal(legacyRequest.fineTune, undefined);
    await legacy.waitForSelector('#cost-result[data-rendered="true"] canvas', {timeout: TIMEOUT});
    assert.equal(await legacy.locator('#cost-compared').count(), 0);
    assert.equal(await legacy.locator('#cost-model').inputValue(), legacyModel.id);
    await legacy.locator('#cost-to-market').click();
    await legacy.waitForSelector('#cost-result[data-rendered="true"] #cost-compared', {timeout: TIMEOUT});
    assert.ok(!(await legacy.locator('#share-link').inputValue()).includes('cost.model='));
    await legacyContext.close();
    step(`a §11 link (cost.model=${legacyModel.id}) opens as a one-model comparison; one click moves it to today's market`);
  }

  // --- Ruleset 2's own questions: private records as a task's input, a narrow task, prompting tried ---------------
  if (await page.locator('#ruleset').count()) {
    await page.locator('.lang button[data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, {timeout: TIMEOUT});
    await page.locator('#start-over').click();
    await page.locator('#ruleset').selectOption('2');
    const taskPlan = [['usesPrivateData', 'true'], ['privateDataRole', 'TASK_INPUT'], ['desiredChange', 'TASK_SKILL'],
      ['promptingOutcome', 'INSUFFICIENT_QUALITY'], ['promptTechniques', ['FEW_SHOT', 'CHAIN_OF_THOUGHT']],
      ['labeledExamples', 2000], ['mlExpertise', 'unknown']];
    for (const [field, value] of taskPlan) {
      if (Array.isArray(value)) {
        await page.waitForSelector(`form#question[data-field="${field}"]`, {timeout: TIMEOUT});
        for (const code of value) await page.locator(`form#question input[value="${code}"]`).check();
        await page.locator('#next').click();
        await page.waitForFunction(previous => document.querySelector('form#question')?.dataset.field !== previous,
            field, {timeout: TIMEOUT});
      } else {
        await answer(page, field, value);
      }
    }
    const task = await verdict(page);
    const taskBody = {usesPrivateData: true, privateDataRole: 'TASK_INPUT', desiredChange: 'TASK_SKILL',
      promptingOutcome: 'INSUFFICIENT_QUALITY', promptTechniques: ['FEW_SHOT', 'CHAIN_OF_THOUGHT'], labeledExamples: 2000};
    const taskExpected = await apiAssessment(taskBody, '2');
    assert.equal(task.approach, taskExpected.approach);
    assert.deepEqual(task.path, taskExpected.decisionPath.map(step => step.node));
    assert.equal(await page.locator('.find-out li[data-field="mlExpertise"]').count(), 1, 'the unknown is to find out');
    step(`ruleset 2 asks its own questions, takes "I don't know" and says what to find out: ${task.approach}`);

    await page.locator('.find-out li[data-field="mlExpertise"] button').click();
    await answer(page, 'mlExpertise', 'CAN_HIRE');
    await answer(page, 'trainingBudgetUsd', 20000);
    const hired = await verdict(page);
    const hiredExpected = await apiAssessment({...taskBody, mlExpertise: 'CAN_HIRE', trainingBudgetUsd: 20000}, '2');
    assert.equal(hired.approach, hiredExpected.approach);
    assert.deepEqual(hired.path, hiredExpected.decisionPath.map(step => step.node));
    step(`answering what was to find out goes on down the tree: ${hired.approach}`);
    await axe(page, 'ruleset 2 answer, 1280 px');
  }

  // --- Keyboard only, a short path under the literal tree ------------------------------------------------------------
  await page.locator('#start-over').click();
  if (await page.locator('#ruleset').count()) await page.locator('#ruleset').selectOption('1');
  await page.waitForSelector('form#question[data-field="usesPrivateData"]', {timeout: TIMEOUT});
  await page.locator('#q-label').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-0', 'Tab reaches the first answer');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  const short = await verdict(page);
  assert.equal(short.approach, 'RAG');
  assert.deepEqual(short.path, ['Q1_PRIVATE_DATA'], 'only the question that mattered was asked');
  assert.ok(await page.locator('.assumed li').count() > 0, 'the answer says what it was not asked');
  step('with the keyboard alone, under ruleset 1: private data → the answer after one question');

  await desktop.close();

  // --- A phone, 390 px wide -------------------------------------------------------------------------------------
  const phone = await browser.newContext({locale: 'en-GB', viewport: {width: 390, height: 844}, deviceScaleFactor: 2,
    isMobile: true, hasTouch: true});
  const mobile = watch(await phone.newPage(), '390 px');
  await mobile.goto(`${BASE}/`);
  await answer(mobile, 'usesPrivateData', 'false');
  await mobile.waitForSelector('form#question[data-field="desiredChange"]', {timeout: TIMEOUT});
  await axe(mobile, 'a question, 390 px');
  await shot(mobile, 'questionnaire-390');
  const mobileAnswer = watch(await phone.newPage(), '390 px, shared link');
  await mobileAnswer.goto(link);
  await verdict(mobileAnswer);
  await waitForDiagram(mobileAnswer);
  const overflow = await mobileAnswer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390 px`);
  await axe(mobileAnswer, 'answer page, 390 px');
  await shot(mobileAnswer, 'answer-390');
  step('at 390 px the page fits the width');
  await phone.close();
} finally {
  await browser.close();
}

assert.deepEqual(problems, [], 'no console errors, page errors or failed requests');
console.log(`all ${checks} browser checks passed`);
