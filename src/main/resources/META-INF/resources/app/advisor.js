// The Training Advisor questionnaire: a client of the service's public API and nothing else.
//
// The walk: the page sends what the person has answered so far to POST /assessments and reads the decisionPath of
// the answer; the first field on that path the person has not answered is the next question. So the service decides
// which questions matter and in which order; the page only knows how to ask each field (questions.json) and its own
// texts (texts.json). Fields a ruleset requires but the walk never reaches are sent with the value questions.json
// gives as "assume", and the answer page says so. The answers live in the URL's fragment, never on the server.

const UNKNOWN = 'unknown';
const JSON_TYPE = 'application/json';
const MERMAID = '/webjars/mermaid/dist/mermaid.min.js';
const CHART = '/webjars/chart.js/dist/chart.umd.min.js';
const OPTIONS = ['PROMPTING', 'RAG', 'FINE_TUNED'];
const OPTION_COLOURS = {PROMPTING: '#6d28d9', RAG: '#0f766e', FINE_TUNED: '#b91c1c'};

let QUESTIONS = [];
let BY_FIELD = {};
let TEXTS = {};

const state = {
  lang: 'en',
  ruleset: null,          // null: the server's default ruleset
  answers: {},            // field -> value, or UNKNOWN
  remembered: {},         // answers taken back with Back or Change, offered again when the field is asked
  answerView: false,      // show the answer even when its path rests on assumed values (after a counterfactual)
  applied: null,          // the changes of the counterfactual just applied
  projectName: '',
  cost: {},               // the cost comparison's inputs the person changed
  features: {costComparisons: false, models: false, rulesets: false, offerings: false, history: false},
  contract: null,
  result: null,
  recordId: null,        // a recorded assessment shown by its link (#assessment=<id>), instead of the questionnaire
};

// ---------------------------------------------------------------------------------------------------------------
// Texts and DOM helpers

function t(key, params = {}) {
  const text = (TEXTS[state.lang] && TEXTS[state.lang][key]) ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function questionText(field) {
  const question = BY_FIELD[field];
  return question ? (question.text[state.lang] ?? question.text.en) : {label: field, help: '', options: {}};
}

function locale() {
  return state.lang === 'zh' ? 'zh-CN' : 'en-US';
}

function formatNumber(value, fractionDigits = 0) {
  return new Intl.NumberFormat(locale(), {maximumFractionDigits: fractionDigits}).format(value);
}

function formatUsd(value) {
  return new Intl.NumberFormat(locale(), {style: 'currency', currency: 'USD', maximumFractionDigits: 0})
      .format(Number(value));
}

function formatAnswer(field, value) {
  if (value === UNKNOWN) return t('unknownAnswer');
  const question = BY_FIELD[field];
  const text = questionText(field);
  if (!question) return Array.isArray(value) ? value.join(', ') : String(value);
  switch (question.kind) {
    case 'boolean':
    case 'choice':
      return text.options[String(value)] ?? String(value);
    case 'set':
      return value.length === 0 ? '—' : value.map(code => text.options[code] ?? code).join(', ');
    case 'money':
      return formatUsd(value);
    case 'percent':
      return `${formatNumber(value, 2)} %`;
    default:
      return `${formatNumber(value)} ${text.unit ?? ''}`.trim();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The API

class ServiceError extends Error {
  constructor(problem, status) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function call(path, {method = 'GET', body, accept = JSON_TYPE} = {}) {
  const headers = {'Accept': accept, 'Accept-Language': state.lang === 'zh' ? 'zh-CN' : 'en'};
  if (body !== undefined) headers['Content-Type'] = JSON_TYPE;
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (network) {
    throw new ServiceError({detail: t('errorNetwork')}, 0);
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json() : {detail: await response.text()};
    throw new ServiceError(problem, response.status);
  }
  return type.includes('json') ? response.json() : response.text();
}

function withRuleset(path) {
  if (state.ruleset === null) return path;
  return path + (path.includes('?') ? '&' : '?') + 'ruleset=' + encodeURIComponent(state.ruleset);
}

function assess(body) {
  return call(withRuleset('/assessments'), {method: 'POST', body});
}

function assessAsMermaid(body) {
  return call(withRuleset('/assessments/mermaid'), {method: 'POST', body, accept: 'text/vnd.mermaid'});
}

/** What this server offers, read from its own contract: later versions add operations the page can use. */
async function discoverFeatures() {
  try {
    const contract = await call('/q/openapi?format=json');
    state.contract = contract;
    const paths = contract.paths ?? {};
    state.features.costComparisons = Boolean(paths['/cost-comparisons']?.post);
    state.features.models = Boolean(paths['/models']?.get);
    state.features.rulesets = Boolean(paths['/rulesets']?.get);
    state.features.offerings = Boolean(paths['/fine-tuning-offerings']?.get);
    state.features.history = Boolean(paths['/assessments']?.get);
  } catch (ignored) {
    // Without the contract the page still works: only the optional parts stay hidden.
  }
  await loadRulesets();
}

/** The rulesets the server offers (GET /rulesets), in the page's language, and which one it uses by default. */
async function loadRulesets() {
  if (!state.features.rulesets) return;
  try {
    const answer = await call('/rulesets');
    state.rulesets = answer.rulesets;
    state.defaultRuleset = String(answer.defaultRuleset);
  } catch (ignored) {
    state.features.rulesets = false;
  }
  renderRulesetChoice();
}

function renderRulesetChoice() {
  const host = document.getElementById('ruleset-choice');
  if (!state.features.rulesets || !state.rulesets) {
    host.replaceChildren();
    return;
  }
  const select = h('select', {id: 'ruleset', 'aria-describedby': 'ruleset-help', onchange: event => {
    state.ruleset = event.target.value;
    renderRulesetChoice();
    advance({focus: false});
  }}, state.rulesets.map(ruleset => h('option', {value: String(ruleset.id),
    selected: String(ruleset.id) === activeRuleset()},
  String(ruleset.id) === state.defaultRuleset ? `${ruleset.name} (${t('rulesetDefault')})` : ruleset.name)));
  host.replaceChildren(h('label', {for: 'ruleset'}, t('rulesetLabel')), select,
      h('p', {id: 'ruleset-help', class: 'muted'},
          state.rulesets.find(ruleset => String(ruleset.id) === activeRuleset())?.description ?? ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Answers, requests and the walk

function activeRuleset() {
  return state.ruleset ?? state.defaultRuleset ?? '1';
}

function isRequired(question) {
  return Boolean(question.required) && !(question.optionalInRulesets ?? []).includes(String(activeRuleset()));
}

function offeredValues(question) {
  return (question.values ?? []).filter(value => !value.rulesets || value.rulesets.includes(String(activeRuleset())));
}

/**
 * Whether a question applies to the answers so far: its askWhen conditions (in questions.json) all hold. A question
 * that does not apply is neither asked nor sent (privateDataRole only goes with private data, for instance).
 */
function applies(question) {
  return (question.askWhen ?? []).every(condition => {
    const value = state.answers[condition.field];
    if (condition.in) return condition.in.some(expected => expected === value);
    if (condition.notIn) return !condition.notIn.some(expected => expected === value);
    return true;
  });
}

/** Whether the person has answered a field in a way the active ruleset accepts ("I don't know" only where allowed). */
function answered(field) {
  const value = state.answers[field];
  if (value === undefined) return false;
  const question = BY_FIELD[field];
  return !(value === UNKNOWN && question && isRequired(question));
}

/** The request body for the answers so far, and the required fields it had to assume. */
function requestBody() {
  const body = {};
  const assumed = [];
  if (state.projectName.trim()) body.projectName = state.projectName.trim().slice(0, 200);
  for (const question of QUESTIONS) {
    const value = state.answers[question.field];
    if (!applies(question)) continue;
    if (!answered(question.field)) {
      if (isRequired(question)) {
        body[question.field] = question.assume;
        assumed.push(question.field);
      }
    } else if (value !== UNKNOWN) {
      body[question.field] = value;
    }
  }
  for (const [field, value] of Object.entries(state.answers)) {
    if (!BY_FIELD[field] && value !== UNKNOWN) body[field] = value; // set by a counterfactual
  }
  return {body, assumed};
}

/** The fields of the decision path in the order the tree reads them, each once. */
function pathFields(result) {
  const fields = [];
  for (const step of result.decisionPath) {
    for (const field of step.fields) {
      if (BY_FIELD[field] && applies(BY_FIELD[field]) && !fields.includes(field)) fields.push(field);
    }
  }
  return fields;
}

function firstUnanswered(result) {
  return pathFields(result).find(field => !answered(field)) ?? null;
}

function askedBefore(result, field) {
  const fields = pathFields(result);
  const end = field === null ? fields.length : fields.indexOf(field);
  return fields.slice(0, end).filter(answered);
}

async function advance({focus = true, replaceUrl = false} = {}) {
  if (state.recordId) {
    await showRecord(state.recordId);
    writeUrl({replace: replaceUrl});
    return;
  }
  const {body, assumed} = requestBody();
  let result;
  try {
    result = await assess(body);
  } catch (error) {
    showError(error);
    return;
  }
  state.result = result;
  const select = document.getElementById('ruleset');
  if (select && select.value !== activeRuleset()) renderRulesetChoice();
  const pending = firstUnanswered(result);
  if (pending !== null && !state.answerView) {
    renderQuestion(pending, result, focus);
  } else {
    state.answerView = true;
    renderRecent(); // the answer just given is the newest record
    await renderAnswer(result, body, assumed, focus);
  }
  writeUrl({replace: replaceUrl});
}

function takeBack(fields) {
  for (const field of fields) {
    if (field in state.answers) {
      state.remembered[field] = state.answers[field];
      delete state.answers[field];
    }
  }
  state.answerView = false;
  state.applied = null;
}

// ---------------------------------------------------------------------------------------------------------------
// The questionnaire

function renderQuestion(field, result, focus) {
  const question = BY_FIELD[field];
  const text = questionText(field);
  const asked = askedBefore(result, field);
  const previous = state.answers[field] ?? state.remembered[field];
  const helpId = 'q-help';
  const errorId = 'q-error';
  const allowUnknown = !isRequired(question);

  const inputs = [];
  if (question.kind === 'boolean' || question.kind === 'choice') {
    const values = question.kind === 'boolean'
        ? [{code: true}, {code: false}]
        : offeredValues(question);
    values.forEach((value, index) => {
      const id = `q-${index}`;
      inputs.push(h('div', {class: 'choice'},
          h('input', {type: 'radio', name: 'answer', id, value: String(value.code),
            checked: previous !== undefined && String(previous) === String(value.code),
            'aria-describedby': helpId}),
          h('label', {for: id}, text.options[String(value.code)] ?? String(value.code))));
    });
    if (allowUnknown) {
      inputs.push(h('div', {class: 'choice unknown'},
          h('input', {type: 'radio', name: 'answer', id: 'q-unknown', value: UNKNOWN, checked: previous === UNKNOWN}),
          h('label', {for: 'q-unknown'}, t('dontKnow'))));
    }
  } else if (question.kind === 'set') {
    offeredValues(question).forEach((value, index) => {
      const id = `q-${index}`;
      inputs.push(h('div', {class: 'choice'},
          h('input', {type: 'checkbox', name: 'answer', id, value: value.code,
            checked: Array.isArray(previous) && previous.includes(value.code), 'aria-describedby': helpId}),
          h('label', {for: id}, text.options[value.code] ?? value.code)));
    });
    if (allowUnknown) {
      inputs.push(h('div', {class: 'choice unknown'},
          h('input', {type: 'checkbox', name: 'unknown', id: 'q-unknown', checked: previous === UNKNOWN}),
          h('label', {for: 'q-unknown'}, t('dontKnow'))));
    }
  } else {
    const step = question.kind === 'integer' ? '1' : 'any';
    inputs.push(h('div', {class: 'number'},
        h('label', {for: 'q-number', class: 'visually-hidden'}, text.label),
        h('input', {type: 'number', id: 'q-number', name: 'answer', inputmode: question.kind === 'integer' ? 'numeric' : 'decimal',
          min: question.min, max: question.max, step, required: !allowUnknown,
          value: typeof previous === 'number' ? String(previous) : '',
          'aria-describedby': `${helpId} ${errorId}`}),
        text.unit ? h('span', {class: 'unit', 'aria-hidden': 'true'}, text.unit) : null));
    if (allowUnknown) {
      inputs.push(h('div', {class: 'choice unknown'},
          h('input', {type: 'checkbox', name: 'unknown', id: 'q-unknown', checked: previous === UNKNOWN,
            onchange: event => { document.getElementById('q-number').disabled = event.target.checked; }}),
          h('label', {for: 'q-unknown'}, t('dontKnow'))));
    }
  }

  const form = h('form', {id: 'question', 'data-field': field, novalidate: true, onsubmit: event => {
    event.preventDefault();
    submitAnswer(question, form);
  }},
  h('p', {class: 'progress'}, t('questionNumber', {n: asked.length + 1})),
  h('fieldset', {},
      h('legend', {}, h('span', {class: 'question', id: 'q-label', tabindex: '-1'}, text.label)),
      h('p', {id: helpId, class: 'help'}, text.help),
      h('div', {class: 'inputs'}, inputs),
      h('p', {id: errorId, class: 'field-error', role: 'alert'})),
  h('div', {class: 'actions'},
      h('button', {type: 'submit', class: 'primary', id: 'next'}, t('next')),
      asked.length > 0
          ? h('button', {type: 'button', id: 'back', onclick: () => { takeBack([asked[asked.length - 1]]); advance(); }}, t('back'))
          : null));

  const summary = asked.length === 0 ? null : h('section', {class: 'answers', 'aria-labelledby': 'answers-heading'},
      h('h2', {id: 'answers-heading'}, t('yourAnswers')),
      h('ol', {}, asked.map((name, index) => h('li', {},
          h('span', {class: 'q'}, questionText(name).label), ' ',
          h('strong', {class: 'a'}, formatAnswer(name, state.answers[name])), ' ',
          h('button', {type: 'button', class: 'link', 'aria-label': t('changeAnswer', {question: questionText(name).label}),
            onclick: () => { takeBack(asked.slice(index)); advance(); }}, t('change'))))));

  showView('question', [form, summary]);
  if (focus) document.getElementById('q-label').focus();
}

function submitAnswer(question, form) {
  const error = form.querySelector('.field-error');
  error.textContent = '';
  let value;
  const unknown = form.querySelector('#q-unknown');
  if (question.kind === 'boolean' || question.kind === 'choice') {
    const checked = form.querySelector('input[name=answer]:checked');
    if (!checked) {
      error.textContent = t('chooseOne');
      return;
    }
    if (checked.value === UNKNOWN) value = UNKNOWN;
    else if (question.kind === 'boolean') value = checked.value === 'true';
    else value = checked.value;
  } else if (question.kind === 'set') {
    value = unknown && unknown.checked ? UNKNOWN
        : [...form.querySelectorAll('input[name=answer]:checked')].map(input => input.value);
  } else if (unknown && unknown.checked) {
    value = UNKNOWN;
  } else {
    const input = form.querySelector('#q-number');
    const number = Number(input.value);
    const valid = input.value.trim() !== '' && Number.isFinite(number) && number >= question.min
        && number <= question.max && (question.kind !== 'integer' || Number.isInteger(number));
    if (!valid) {
      error.textContent = t('enterNumber', {min: formatNumber(question.min), max: formatNumber(question.max)});
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    value = number;
  }
  state.answers[question.field] = value;
  delete state.remembered[question.field];
  advance();
}

// ---------------------------------------------------------------------------------------------------------------
// The answer

function badge(status) {
  return h('span', {class: `badge ${status.toLowerCase()}`}, t(`status.${status}`));
}

/**
 * The answer's validUntil (issue 19) as one line: the last day the answer holds and the dated fact of the market data
 * that ends it, in the answer's own words (the lean answer has no words: the date alone). Null when absent.
 */
function validUntilLine(validUntil, factLang) {
  if (!validUntil || !validUntil.date) return null;
  return h('p', {class: 'valid-until', id: 'valid-until', 'data-date': validUntil.date, 'data-code': validUntil.code},
      validUntil.fact ? t('validUntil', {date: validUntil.date}) : t('validUntilDateOnly', {date: validUntil.date}),
      validUntil.fact ? h('span', {class: 'fact', lang: factLang}, validUntil.fact) : null);
}

async function renderAnswer(result, body, assumed, focus) {
  const approach = result.approach;
  const onPath = assumed.filter(field => pathFields(result).includes(field));
  const offPath = assumed.filter(field => !onPath.includes(field));
  const pathAnswered = pathFields(result).filter(answered);

  const header = h('section', {class: `verdict approach-${approach.toLowerCase()}`, 'aria-labelledby': 'approach',
    'data-approach': approach},
  result.projectName ? h('p', {class: 'project'}, result.projectName) : null,
  h('p', {class: 'kicker'}, t('recommendation')),
  h('h2', {id: 'approach', tabindex: '-1'}, t(`approach.${approach}`)),
  result.recommendedMethods.length === 0 ? null
      : h('p', {class: 'methods'}, `${t('methods')}: `, h('strong', {}, result.recommendedMethods.join(', '))),
  h('p', {class: 'summary', id: 'summary'}, result.summary),
  validUntilLine(result.validUntil, null),
  state.rulesets && result.ruleset !== undefined ? h('p', {class: 'decided-by muted', 'data-ruleset': String(result.ruleset)},
      t('decidedBy', {ruleset: state.rulesets.find(ruleset => String(ruleset.id) === String(result.ruleset))?.name
          ?? String(result.ruleset)})) : null,
  state.applied ? h('p', {class: 'applied'}, t('applied', {description: state.applied.map(change =>
      `${questionText(change.field).label} → ${formatAnswer(change.field, change.value)}`).join('; ')})) : null);

  const notices = [];
  if (onPath.length > 0) {
    notices.push(h('div', {class: 'notice assumed-on-path'},
        h('p', {}, t('assumedOnPath')),
        h('ul', {}, onPath.map(field => h('li', {}, `${questionText(field).label} `,
            h('strong', {}, formatAnswer(field, BY_FIELD[field].assume))))),
        h('button', {type: 'button', class: 'primary', id: 'answer-remaining', onclick: () => {
          state.answerView = false;
          state.applied = null;
          advance();
        }}, t('answerRemaining'))));
  }
  if (result.warnings.length > 0) {
    notices.push(h('section', {class: 'notice warnings', 'aria-labelledby': 'warnings-heading'},
        h('h3', {id: 'warnings-heading'}, t('warnings')),
        h('ul', {}, result.warnings.map(warning => h('li', {'data-code': warning.code}, warning.message)))));
  }
  if (Array.isArray(result.toFindOut) && result.toFindOut.length > 0) {
    notices.push(h('section', {class: 'notice find-out', 'aria-labelledby': 'find-out-heading'},
        h('h3', {id: 'find-out-heading'}, t('toFindOut')),
        h('ul', {}, result.toFindOut.map(item => h('li', {'data-field': item.field}, item.question ?? item.field, ' ',
            Array.isArray(item.leadsTo) && item.leadsTo.length > 0 ? h('span', {class: 'leads-to'},
                t('leadsTo', {approaches: item.leadsTo.map(a => t('approach.' + a)).join(state.lang === 'zh' ? '、' : ', ')}),
                ' ') : null,
            BY_FIELD[item.field] ? h('button', {type: 'button', class: 'link no-print',
              'aria-label': `${t('answerNow')}: ${item.question ?? item.field}`, onclick: () => {
                takeBack([item.field]);
                delete state.remembered[item.field];
                advance();
              }}, t('answerNow')) : null)))));
  }

  const why = h('section', {class: 'why', 'aria-labelledby': 'why-heading'},
      h('h2', {id: 'why-heading'}, t('whyHeading')),
      h('ol', {class: 'path'}, result.decisionPath.map(step => h('li', {'data-node': step.node},
          h('span', {class: 'q'}, step.question), ' ',
          h('strong', {class: 'a'}, step.answerText)))),
      pathAnswered.length === 0 ? null : h('p', {class: 'actions no-print'},
          h('button', {type: 'button', id: 'change-answers', onclick: () => {
            takeBack([pathAnswered[pathAnswered.length - 1]]);
            advance();
          }}, t('back')),
          h('button', {type: 'button', id: 'start-over', onclick: startOver}, t('startOver'))),
      offPath.length === 0 ? null : h('div', {class: 'assumed'},
          h('p', {}, t('assumedIntro')),
          h('ul', {}, offPath.map(field => h('li', {}, `${questionText(field).label} `,
              h('strong', {}, formatAnswer(field, BY_FIELD[field].assume)))))));

  const tree = h('section', {class: 'tree', 'aria-labelledby': 'tree-heading'},
      h('h2', {id: 'tree-heading'}, t('treeHeading')),
      h('figure', {},
          h('div', {class: 'diagram', id: 'diagram', tabindex: '0', role: 'region', 'aria-label': t('treeHeading')},
              t('loading')),
          h('figcaption', {}, t('treeCaption'))));

  // Issue 20: what finding out the unstated facts can lead to comes first; then what changing a stated fact would do.
  const counterfactualItem = (counterfactual, index) => {
    const label = counterfactual.onlyUnstated ? t('applyFindOut') : t('apply');
    return h('li', {'data-approach': counterfactual.approach, 'data-only-unstated': String(counterfactual.onlyUnstated === true)},
        h('p', {}, counterfactual.description),
        h('p', {class: 'changes'}, counterfactual.changes.map(change =>
            h('span', {class: 'change'}, `${questionText(change.field).label} → `,
                h('strong', {}, formatAnswer(change.field, change.value))))),
        h('button', {type: 'button', class: 'apply no-print', id: `apply-${index}`,
          'aria-label': `${label}: ${counterfactual.description}`,
          onclick: () => applyCounterfactual(counterfactual)}, label));
  };
  const findOutFirst = result.counterfactuals.filter(c => c.onlyUnstated === true);
  const otherChanges = result.counterfactuals.filter(c => c.onlyUnstated !== true);
  const counterfactuals = h('section', {class: 'counterfactuals', 'aria-labelledby': 'cf-heading'},
      h('h2', {id: 'cf-heading'}, t('counterfactualsHeading')),
      result.counterfactuals.length === 0 ? h('p', {}, t('counterfactualsNone')) : null,
      findOutFirst.length === 0 ? null : h('div', {class: 'find-out-first'},
          h('h3', {id: 'cf-find-out-heading'}, t('findOutFirst')),
          h('p', {class: 'muted'}, t('findOutFirstIntro')),
          h('ul', {'aria-labelledby': 'cf-find-out-heading'}, findOutFirst.map((c, i) => counterfactualItem(c, i)))),
      otherChanges.length === 0 ? null : h('div', {class: 'if-facts-differed'},
          findOutFirst.length === 0 ? null : h('h3', {id: 'cf-other-heading'}, t('ifFactsDiffered')),
          h('ul', {}, otherChanges.map((c, i) => counterfactualItem(c, findOutFirst.length + i)))));

  const checklists = h('section', {class: 'checklists', 'aria-labelledby': 'checklists-heading'},
      h('h2', {id: 'checklists-heading'}, t('checklistsHeading')),
      result.checklists.map(checklist => h('div', {class: 'checklist', 'data-method': checklist.method},
          h('h3', {}, `${checklist.method}: `, h('span', {class: checklist.fullyMet ? 'met-text' : 'muted'},
              checklist.fullyMet ? t('fullyMet') : t('notFullyMet'))),
          h('ul', {}, checklist.criteria.map(criterion => h('li', {}, badge(criterion.status), ' ', criterion.text))))));

  const hire = h('section', {class: 'hire', 'aria-labelledby': 'hire-heading'},
      h('h2', {id: 'hire-heading'}, t('hireHeading')),
      h('p', {}, result.mlExpertAdvised ? t('mlExpertAdvised') : t('mlExpertNotAdvised')),
      h('ul', {}, result.hireSignals.map(signal => h('li', {}, badge(signal.status), ' ', signal.text))));

  const nextSteps = h('section', {class: 'next-steps', 'aria-labelledby': 'next-heading'},
      h('h2', {id: 'next-heading'}, t('nextStepsHeading')),
      h('ol', {}, result.nextSteps.map(step => h('li', {class: step.done ? 'done' : 'open'},
          h('span', {class: `badge ${step.done ? 'met' : 'open'}`}, step.done ? t('stepDone') : t('stepOpen')), ' ',
          step.text))));

  const costs = h('section', {class: 'costs', id: 'costs', 'aria-labelledby': 'costs-heading'},
      h('h2', {id: 'costs-heading'}, t('costHeading')));

  const link = shareUrl();
  const share = h('section', {class: 'share', 'aria-labelledby': 'share-heading'},
      h('h2', {id: 'share-heading'}, t('shareHeading')),
      h('p', {class: 'no-print'}, t('shareIntro')),
      h('label', {for: 'share-link', class: 'no-print'}, t('shareLink')),
      h('div', {class: 'share-row no-print'},
          h('input', {id: 'share-link', type: 'url', readonly: true, value: link}),
          h('button', {type: 'button', id: 'copy-link', onclick: copyLink}, t('copyLink')),
          h('button', {type: 'button', id: 'print', class: 'primary', onclick: () => window.print()}, t('print'))),
      h('label', {for: 'project-name', class: 'no-print'}, t('projectName')),
      h('input', {id: 'project-name', class: 'no-print', type: 'text', maxlength: '200', value: state.projectName,
        onchange: event => {
          state.projectName = event.target.value;
          advance({focus: false, replaceUrl: true});
        }}),
      h('p', {class: 'print-only'}, t('printedFrom', {url: link, date: new Date().toISOString().slice(0, 10)})));

  showView('answer', [header, ...notices, why, counterfactuals, tree, checklists, nextSteps, hire, costs, share]);
  document.title = `${t('approach.' + approach)} · Training Advisor`;
  if (focus) document.getElementById('approach').focus();
  await Promise.all([renderTree(body), renderCosts(costs)]);
}

function applyCounterfactual(counterfactual) {
  for (const change of counterfactual.changes) {
    state.answers[change.field] = change.value;
    delete state.remembered[change.field];
  }
  state.answerView = true;
  state.applied = counterfactual.changes;
  advance();
}

function startOver() {
  state.recordId = null;
  state.answers = {};
  state.remembered = {};
  state.answerView = false;
  state.applied = null;
  state.cost = {};
  advance();
}

let diagrams = 0;
let mermaidReady = null;

async function renderTree(body) {
  const target = document.getElementById('diagram');
  try {
    const [source] = await Promise.all([assessAsMermaid(body), mermaidReady ??= loadMermaid()]);
    const {svg} = await window.mermaid.render(`tree-${++diagrams}`, source);
    if (!target.isConnected) return;
    target.innerHTML = svg; // mermaid's own output, sanitised by its strict security level
    const drawn = target.querySelector('svg');
    if (drawn) {
      drawn.setAttribute('role', 'img');
      drawn.setAttribute('aria-label', t('treeHeading'));
      drawn.removeAttribute('aria-roledescription');
    }
    target.dataset.rendered = 'true';
  } catch (error) {
    target.textContent = error instanceof ServiceError ? t('errorService', {detail: error.message}) : t('treeFailed');
    target.dataset.rendered = 'false';
  }
}

async function loadMermaid() {
  await loadScript(MERMAID);
  window.mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    suppressErrorRendering: true,
    flowchart: {useMaxWidth: true, htmlLabels: false, curve: 'basis'},
    themeVariables: {fontFamily: 'system-ui, sans-serif', primaryColor: '#eef2f7', lineColor: '#5b6472'},
  });
}

const scripts = {};

function loadScript(src) {
  return scripts[src] ??= new Promise((resolve, reject) => {
    const script = h('script', {src});
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error(`cannot load ${src}`)));
    document.head.append(script);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Costs over time (POST /cost-comparisons), when the server offers it.
//
// Two request shapes (ADVISOR-RULES.md): §12, a baseline model for prompting and RAG (with its prompt cache) beside a
// fine-tuning offering (GET /fine-tuning-offerings) with its serving mode, fixed monthly part and forced retraining;
// and §11, one model (or explicit prices) for all three options. The page uses §12 whenever the server lists
// offerings; a link that carries §11 figures (cost.model, cost.price.*) opens in §11 as it was shared.

const COST_FIELDS = [
  {name: 'queriesPerMonth', label: 'costQueries', min: 0, max: 1e12, step: 1},
  {name: 'horizonMonths', label: 'costHorizon', min: 1, max: 120, step: 1},
  {name: 'promptTokens', label: 'costPromptTokens', min: 0, max: 1e7, step: 1},
  {name: 'fewShotTokens', label: 'costFewShotTokens', min: 0, max: 1e7, step: 1},
  {name: 'retrievedTokens', label: 'costRetrievedTokens', min: 0, max: 1e7, step: 1},
  {name: 'fineTunedPromptTokens', label: 'costFineTunedPromptTokens', min: 0, max: 1e7, step: 1},
  {name: 'outputTokens', label: 'costOutputTokens', min: 0, max: 1e7, step: 1},
  {name: 'trainingTokens', label: 'costTrainingTokens', min: 0, max: 1e12, step: 1},
  {name: 'retrainEveryMonths', label: 'costRetrainEvery', min: 0, max: 120, step: 1},
  {name: 'ragMonthlyUsd', label: 'costRagMonthly', min: 0, max: 1e12, step: 'any'},
  {name: 'setup.PROMPTING', label: 'costSetupPrompting', min: 0, max: 1e12, step: 'any'},
  {name: 'setup.RAG', label: 'costSetupRag', min: 0, max: 1e12, step: 'any'},
  {name: 'setup.FINE_TUNED', label: 'costSetupFineTuned', min: 0, max: 1e12, step: 'any'},
];

/** §12's request fields beside §11's (ADVISOR-RULES.md §12.2). */
const MARKET_FIELDS = [
  {name: 'cachedTokens', label: 'costCachedTokens', min: 0, max: 1e7, step: 1},
  {name: 'fineTunedRetrievedTokens', label: 'costFineTunedRetrievedTokens', min: 0, max: 1e7, step: 1},
  {name: 'migrationCostUsd', label: 'costMigration', min: 0, max: 1e12, step: 'any'},
];

/**
 * The fine-tune's figures a person may change beside an offering (§12.3), each only in the serving modes it belongs
 * to; the offering's own figure is the default. Stored in the link as cost.ft.<name>.
 */
const FINE_TUNE_FIELDS = [
  {name: 'ft.trainingUsd', label: 'costFtTraining', min: 0, max: 1e6, step: 'any', modes: ['PER_TOKEN', 'PER_TOKEN_PLUS_HOSTING', 'DEDICATED'], figure: 'trainingUsd'},
  {name: 'ft.inputUsd', label: 'costFtInput', min: 0, max: 1e6, step: 'any', modes: ['PER_TOKEN', 'PER_TOKEN_PLUS_HOSTING'], figure: 'inputUsd'},
  {name: 'ft.outputUsd', label: 'costFtOutput', min: 0, max: 1e6, step: 'any', modes: ['PER_TOKEN', 'PER_TOKEN_PLUS_HOSTING'], figure: 'outputUsd'},
  {name: 'ft.hostingUsdPerHour', label: 'costFtHosting', min: 0, max: 1e6, step: 'any', modes: ['PER_TOKEN_PLUS_HOSTING'], figure: 'hostingUsdPerHour'},
  {name: 'ft.deployments', label: 'costFtDeployments', min: 1, max: 1000, step: 1, modes: ['PER_TOKEN_PLUS_HOSTING'], fallback: 1},
  {name: 'ft.replicaUsdPerHour', label: 'costFtReplica', min: 0, max: 1e6, step: 'any', modes: ['DEDICATED'], figure: 'replicaUsdPerHour'},
  {name: 'ft.replicas', label: 'costFtReplicas', min: 1, max: 1000, step: 1, modes: ['DEDICATED'], fallback: 1},
  {name: 'ft.hoursPerMonth', label: 'costFtHours', min: 0, max: 744, step: 'any', modes: ['PER_TOKEN_PLUS_HOSTING', 'DEDICATED'], fallback: 730},
  {name: 'ft.sharedBy', label: 'costFtSharedBy', min: 1, max: 1000, step: 1, modes: ['PER_TOKEN_PLUS_HOSTING', 'DEDICATED'], fallback: 1},
];

/** Explicit prices (USD per 1M tokens) of a §11 comparison, asked for when the server has no model list. */
const PRICE_FIELDS = [
  {name: 'price.inputUsd', label: 'costPriceInput', min: 0, max: 1e12, step: 'any'},
  {name: 'price.outputUsd', label: 'costPriceOutput', min: 0, max: 1e12, step: 'any'},
  {name: 'price.fineTunedInputUsd', label: 'costPriceFineTunedInput', min: 0, max: 1e12, step: 'any'},
  {name: 'price.fineTunedOutputUsd', label: 'costPriceFineTunedOutput', min: 0, max: 1e12, step: 'any'},
  {name: 'price.trainingUsd', label: 'costPriceTraining', min: 0, max: 1e12, step: 'any'},
];

/** The cost.* keys of the link that hold text, not numbers. */
const COST_TEXT_KEYS = ['model', 'baseline', 'offering', 'startDate'];

const FINE_TUNE_COLOUR = OPTION_COLOURS.FINE_TUNED;
const FIXED_COLOUR = 'rgba(185, 28, 28, 0.18)';

let models = null;          // GET /models: every model with its prices
let offerings = null;       // GET /fine-tuning-offerings
let chart = null;

async function loadCostMarket() {
  if (state.features.models && models === null) {
    try {
      const list = await call('/models');
      models = Array.isArray(list) ? list : list.models ?? [];
    } catch (ignored) {
      models = [];
    }
  }
  if (state.features.offerings && offerings === null) {
    try {
      const list = await call('/fine-tuning-offerings');
      offerings = Array.isArray(list) ? list : list.offerings ?? [];
    } catch (ignored) {
      offerings = [];
    }
  }
}

/** §11's models: those with every price of a one-model comparison. */
function legacyModels() {
  return (models ?? []).filter(model => ['inputUsd', 'outputUsd', 'fineTunedInputUsd', 'fineTunedOutputUsd', 'trainingUsd']
      .every(price => typeof model[price] === 'number'));
}

/** Models that can be a baseline: both per-token prices known. */
function baselineModels() {
  return (models ?? []).filter(model => typeof model.inputUsd === 'number' && typeof model.outputUsd === 'number');
}

/** Whether a link or the server asks for §11: the link carries its figures, or the server lists no offerings. */
function legacyCosts() {
  const legacyKeys = 'model' in state.cost || Object.keys(state.cost).some(key => key.startsWith('price.'));
  const marketKeys = 'baseline' in state.cost || 'offering' in state.cost;
  return (legacyKeys && !marketKeys) || !state.features.offerings || (offerings ?? []).length === 0
      || baselineModels().length === 0;
}

/** The figures an offering's serving mode needs before a comparison can use it (ADVISOR-RULES.md §12.3). */
function offeringComplete(offering) {
  const needs = ['trainingUsd', ...({PER_TOKEN: ['inputUsd', 'outputUsd'],
    PER_TOKEN_PLUS_HOSTING: ['inputUsd', 'outputUsd', 'hostingUsdPerHour'],
    DEDICATED: ['replicaUsdPerHour']}[offering.servingMode] ?? [])];
  return needs.every(figure => typeof offering[figure] === 'number');
}

/** Per-token serving first, then by fixed monthly cost (the order in which a TRAINING answer names offerings). */
function offeringOrder(a, b) {
  const fixed = offering => (typeof offering.fixedMonthlyUsd === 'number' ? offering.fixedMonthlyUsd : Infinity);
  return fixed(a) - fixed(b);
}

/**
 * The offering the chart starts with: one that takes new jobs today from a provider not closing, with no limit on who
 * may train and every figure its mode needs, for the answer's methods where the answer names them; per-token first.
 * Failing that, any offering taking new jobs with every figure; failing that, the first.
 */
function defaultOffering() {
  const all = [...(offerings ?? [])].sort(offeringOrder);
  const methods = (state.result?.recommendedMethods ?? []).filter(method => ['SFT', 'PEFT', 'DPO', 'RFT'].includes(method));
  const forMethods = offering => methods.length === 0 || methods.some(method => offering.methods.includes(method));
  const live = all.filter(offering => offering.takesNewJobs && offeringComplete(offering));
  const open = live.filter(offering => offering.status === 'AVAILABLE' && (offering.eligibility ?? []).length === 0);
  return (open.find(forMethods) ?? open[0] ?? live[0] ?? all[0])?.id ?? null;
}

/**
 * The baseline the chart starts with: a model that keeps serving beyond the horizon and has a prompt-cache price
 * (prompting and RAG repeat their instructions), else one that keeps serving, else the first with prices.
 */
function defaultBaseline(horizonMonths) {
  const end = new Date();
  end.setMonth(end.getMonth() + horizonMonths);
  const lasting = baselineModels().filter(model => !model.retiresOn || new Date(model.retiresOn) > end);
  return (lasting.find(model => typeof model.cachedInputUsd === 'number') ?? lasting[0] ?? baselineModels()[0])?.id ?? null;
}

/**
 * Defaults for a small product: 100,000 queries a month over 24 months; an 800-token prompt that a fine-tuned model
 * halves, of which 500 tokens of instructions are read from the prompt cache when the baseline has a cache price;
 * 1,500 tokens of few-shot examples; 2,200 retrieved tokens; 300 output tokens; the training set the person reported
 * (or 10,000 examples) at 500 tokens and 3 epochs, retrained every 6 months; one-off work of $2,000 (prompting),
 * $10,000 (RAG) and the guide's $50,000 implementation (fine-tuning, also the forced move's engineering); $300 a month
 * to run retrieval. §11 prices: the first model with every price, else gpt-4o-mini's (0.15 / 0.60, fine-tuned
 * 0.30 / 1.20, training 3.00, the spec's worked example).
 */
function costDefaults() {
  const examples = typeof state.answers.labeledExamples === 'number' && state.answers.labeledExamples > 0
      ? state.answers.labeledExamples : 10000;
  const horizonMonths = state.cost.horizonMonths ?? 24;
  const baseline = state.cost.baseline ?? defaultBaseline(horizonMonths);
  const cached = typeof (models ?? []).find(model => model.id === baseline)?.cachedInputUsd === 'number';
  const setupFineTuned = state.cost['setup.FINE_TUNED'] ?? 50000;
  const legacy = legacyModels();
  return {
    queriesPerMonth: 100000, horizonMonths: 24, promptTokens: 800, fewShotTokens: 1500, retrievedTokens: 2200,
    fineTunedPromptTokens: 400, outputTokens: 300, trainingTokens: Math.min(examples * 500 * 3, 1e12),
    retrainEveryMonths: 6, ragMonthlyUsd: 300, 'setup.PROMPTING': 2000, 'setup.RAG': 10000,
    'setup.FINE_TUNED': 50000, 'price.inputUsd': 0.15, 'price.outputUsd': 0.6, 'price.fineTunedInputUsd': 0.3,
    'price.fineTunedOutputUsd': 1.2, 'price.trainingUsd': 3,
    model: (legacy.find(model => !model.retiresOn) ?? legacy.find(model => model.id.startsWith('gpt-4o-mini'))
        ?? legacy[0])?.id ?? null,
    baseline, offering: defaultOffering(), startDate: '',
    cachedTokens: cached ? 500 : 0, fineTunedRetrievedTokens: 0, migrationCostUsd: setupFineTuned,
  };
}

function costInputs() {
  return {...costDefaults(), ...state.cost};
}

function selectedOffering(inputs) {
  return (offerings ?? []).find(offering => offering.id === inputs.offering) ?? null;
}

/** The fine-tune fields of the offering's serving mode, each with its default (the offering's figure). */
function fineTuneFields(offering) {
  if (!offering) return [];
  return FINE_TUNE_FIELDS.filter(field => field.modes.includes(offering.servingMode))
      .map(field => ({...field, byDefault: field.figure ? offering[field.figure] : field.fallback}));
}

function costFields(inputs) {
  if (legacyCosts()) return legacyModels().length > 0 ? COST_FIELDS : [...COST_FIELDS, ...PRICE_FIELDS];
  return [...COST_FIELDS, ...MARKET_FIELDS, ...fineTuneFields(selectedOffering(inputs))];
}

function fieldDefault(field, defaults) {
  return 'byDefault' in field ? field.byDefault : defaults[field.name];
}

/** The request of ADVISOR-RULES.md §11 (one model or explicit prices) or §12 (a baseline and an offering). */
function costRequest(inputs) {
  const request = {setupCostUsd: {}};
  for (const field of COST_FIELDS) {
    if (field.name.startsWith('setup.')) request.setupCostUsd[field.name.slice(6)] = inputs[field.name];
    else request[field.name] = inputs[field.name];
  }
  if (legacyCosts()) {
    if (inputs.model && legacyModels().length > 0) {
      request.model = inputs.model;
    } else {
      request.prices = Object.fromEntries(PRICE_FIELDS.map(field => [field.name.slice(6), inputs[field.name]]));
    }
    return request;
  }
  request.baseline = {model: inputs.baseline};
  request.cachedTokens = inputs.cachedTokens;
  request.fineTunedRetrievedTokens = inputs.fineTunedRetrievedTokens;
  if ('migrationCostUsd' in state.cost) request.migrationCostUsd = inputs.migrationCostUsd;
  if (inputs.startDate) request.startDate = inputs.startDate;
  const fineTune = {offering: inputs.offering};
  const prices = {};
  for (const field of fineTuneFields(selectedOffering(inputs))) {
    const key = field.name.slice(3);
    const value = state.cost[field.name];
    if (value === undefined) continue; // the offering's own figure
    if (['trainingUsd', 'inputUsd', 'outputUsd'].includes(key)) prices[key] = value;
    else fineTune[key] = value;
  }
  if (Object.keys(prices).length > 0) fineTune.prices = prices;
  request.fineTune = fineTune;
  return request;
}

function offeringLabel(offering) {
  const mode = t(`servingMode.${offering.servingMode}`);
  const fixed = typeof offering.fixedMonthlyUsd === 'number' && offering.fixedMonthlyUsd > 0
      ? `, ${t('costFixedPerMonth', {usd: formatUsd2(offering.fixedMonthlyUsd)})}` : '';
  const limits = (offering.eligibility ?? []).length > 0 ? `, ${t('costLimited')}` : '';
  const retires = offering.retiresOn ? `, ${t('costRetires', {date: offering.retiresOn})}` : '';
  return `${offering.id} (${offering.baseModel}; ${mode}${fixed}${retires}${limits})`;
}

function modelLabel(model) {
  const cached = typeof model.cachedInputUsd === 'number' ? `; ${t('costCachedPrice', {usd: model.cachedInputUsd})}` : '';
  const retires = model.retiresOn ? `; ${t('costRetires', {date: model.retiresOn})}` : '';
  return `${model.id} (${model.inputUsd} / ${model.outputUsd}${cached}${retires})`;
}

function formatUsd2(value) {
  const number = Number(value);
  const cents = Number.isInteger(number) ? 0 : 2;
  return new Intl.NumberFormat(locale(), {style: 'currency', currency: 'USD', minimumFractionDigits: cents,
    maximumFractionDigits: 2}).format(number);
}

async function renderCosts(section) {
  if (!state.features.costComparisons) {
    section.classList.add('no-print');
    section.append(h('p', {class: 'muted', id: 'cost-unavailable'}, t('costUnavailable')));
    return;
  }
  await loadCostMarket();
  section.append(h('p', {id: 'cost-intro'}, legacyCosts() ? t('costIntro') : t('costIntroMarket')),
      h('div', {id: 'cost-mode', class: 'no-print'}),
      h('div', {class: 'cost-result', id: 'cost-result', 'aria-live': 'polite'}),
      h('details', {class: 'cost-figures no-print', id: 'cost-figures', open: Object.keys(state.cost).length > 0},
          h('summary', {}, t('costFigures')), h('div', {id: 'cost-form-host'})));
  renderCostForm(section);
  await drawCosts(section);
}

/** Reads the form into state.cost: a figure equal to its default is left out of the link. */
function readCostForm(form) {
  const defaults = costDefaults();
  for (const field of costFields(costInputs())) {
    const input = form.querySelector(`[name="${field.name}"]`);
    if (!input) continue;
    const number = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(number)) {
      delete state.cost[field.name];
      continue;
    }
    if (number === fieldDefault(field, defaults)) delete state.cost[field.name];
    else state.cost[field.name] = number;
  }
  for (const name of COST_TEXT_KEYS) {
    const input = form.querySelector(`[name="${name}"]`);
    if (!input) continue;
    if (input.value === '' || input.value === defaults[name]) delete state.cost[name];
    else state.cost[name] = input.value;
  }
}

function renderCostForm(section) {
  const host = section.querySelector('#cost-form-host');
  const inputs = costInputs();
  const legacy = legacyCosts();
  const defaults = costDefaults();
  const update = () => {
    writeUrl({replace: true}); // the figures of the comparison are not a step of the questionnaire
    refreshShareLink();
    renderCostForm(section);
    drawCosts(section);
  };
  const form = h('form', {class: 'cost-form no-print', id: 'cost-form', novalidate: true, onsubmit: event => {
    event.preventDefault();
    readCostForm(form);
    update();
  }});
  const choices = [];
  const mode = section.querySelector('#cost-mode');
  mode.replaceChildren();
  if (legacy && state.features.offerings && (offerings ?? []).length > 0 && baselineModels().length > 0) {
    mode.append(h('p', {}, h('button', {type: 'button', id: 'cost-to-market', onclick: () => {
      for (const key of Object.keys(state.cost)) {
        if (key === 'model' || key.startsWith('price.')) delete state.cost[key];
      }
      section.querySelector('#cost-intro').textContent = t('costIntroMarket');
      update();
    }}, t('costToMarket'))));
  }
  if (legacy) {
    if (legacyModels().length > 0) {
      choices.push(h('div', {class: 'field wide'},
          h('label', {for: 'cost-model'}, t('costModel')),
          h('select', {id: 'cost-model', name: 'model'}, legacyModels().map(model => h('option', {value: model.id,
            selected: model.id === inputs.model}, `${model.id} (${model.inputUsd} / ${model.outputUsd}; ` +
            `${model.fineTunedInputUsd} / ${model.fineTunedOutputUsd}; ${model.trainingUsd})`)))));
    }
  } else {
    const live = [...offerings].filter(offering => offering.takesNewJobs).sort(offeringOrder);
    const closed = [...offerings].filter(offering => !offering.takesNewJobs).sort(offeringOrder);
    const option = offering => h('option', {value: offering.id, selected: offering.id === inputs.offering},
        offeringLabel(offering));
    choices.push(h('div', {class: 'field wide'},
        h('label', {for: 'cost-baseline'}, t('costBaseline')),
        h('select', {id: 'cost-baseline', name: 'baseline', onchange: event => {
          // Another baseline: its own default for the cached tokens (none without a cache price).
          if (event.target.value === defaultBaseline(inputs.horizonMonths)) delete state.cost.baseline;
          else state.cost.baseline = event.target.value;
          update();
        }},
            baselineModels().map(model => h('option', {value: model.id, selected: model.id === inputs.baseline},
                modelLabel(model))))),
    h('div', {class: 'field wide'},
        h('label', {for: 'cost-offering'}, t('costOffering')),
        h('select', {id: 'cost-offering', name: 'offering', onchange: event => {
          // Another offering: its own figures, not the previous one's.
          for (const key of Object.keys(state.cost)) if (key.startsWith('ft.')) delete state.cost[key];
          if (event.target.value === defaults.offering) delete state.cost.offering;
          else state.cost.offering = event.target.value;
          update();
        }},
        h('optgroup', {label: t('costOfferingsLive')}, live.map(option)),
        closed.length === 0 ? null : h('optgroup', {label: t('costOfferingsClosed')}, closed.map(option)))),
    h('div', {class: 'field'},
        h('label', {for: 'cost-startDate'}, t('costStartDate')),
        h('input', {type: 'date', id: 'cost-startDate', name: 'startDate', value: inputs.startDate ?? ''})));
  }
  form.append(h('div', {class: 'grid'}, choices,
      costFields(inputs).map(field => {
        const id = `cost-${field.name.replace('.', '-')}`;
        const value = state.cost[field.name] ?? fieldDefault(field, defaults);
        return h('div', {class: 'field'},
            h('label', {for: id}, t(field.label)),
            h('input', {type: 'number', id, name: field.name, min: field.min, max: field.max, step: field.step,
              value: value === undefined || value === null ? '' : String(value), inputmode: 'decimal'}));
      })),
  h('button', {type: 'submit', id: 'cost-update'}, t('costUpdate')));
  host.replaceChildren(form);
}

/** What the fine-tune's serving costs before its first query, and how (ADVISOR-RULES.md §12.1). */
function fixedPartText(fineTune) {
  const fixed = Number(fineTune.fixedMonthlyUsd);
  if (fineTune.servingMode === 'PER_TOKEN' || !(fixed > 0)) return t('costFixedNone');
  const units = fineTune.servingMode === 'DEDICATED' ? fineTune.replicas : fineTune.deployments;
  const price = fineTune.servingMode === 'DEDICATED' ? fineTune.replicaUsdPerHour : fineTune.hostingUsdPerHour;
  return t(`costFixed.${fineTune.servingMode}`, {usd: formatUsd2(fixed), units: formatNumber(units ?? 1),
    hours: formatNumber(fineTune.hoursPerMonth, 2), price: formatUsd2(price), shared: formatNumber(fineTune.sharedBy)});
}

async function drawCosts(section) {
  const target = section.querySelector('#cost-result');
  const inputs = costInputs();
  const request = costRequest(inputs);
  target.dataset.rendered = 'false';
  let comparison;
  try {
    [comparison] = await Promise.all([call('/cost-comparisons', {method: 'POST', body: request}), loadScript(CHART)]);
  } catch (error) {
    target.replaceChildren(h('p', {class: 'field-error', role: 'alert', id: 'cost-error'},
        error instanceof ServiceError ? problemText(error) : t('errorNetwork')));
    target.dataset.rendered = 'error';
    return;
  }
  const months = comparison.options[0].cumulativeUsd.map((_, month) => month);
  const fineTune = comparison.fineTune ?? null;
  const retrainings = fineTune?.retrainings ?? [];
  const canvas = h('canvas', {id: 'cost-chart', role: 'img', 'aria-label': t('costChartLabel')});
  const breakEvens = comparison.breakEven ?? [];
  const ragInput = Number(comparison.input?.ragMonthlyUsd ?? 0);
  const fixedOf = option => {
    if (option === 'RAG') return ragInput;
    if (option === 'FINE_TUNED' && fineTune) {
      return Number(fineTune.fixedMonthlyUsd) + (Number(comparison.input?.fineTunedRetrievedTokens ?? 0) > 0 ? ragInput : 0);
    }
    return 0;
  };
  const compared = fineTune ? h('p', {class: 'cost-compared', id: 'cost-compared',
    'data-baseline': comparison.baseline?.model ?? '', 'data-offering': fineTune.offering ?? ''},
  t('costCompared', {baseline: comparison.baseline?.model ?? t('costGivenPrices'),
    offering: fineTune.offering ?? t('costGivenPrices'), mode: t(`servingMode.${fineTune.servingMode}`),
    base: fineTune.baseModel ?? '—'})) : null;
  const fixed = fineTune ? h('p', {class: 'cost-fixed', id: 'cost-fixed', 'data-mode': fineTune.servingMode,
    'data-fixed-monthly': String(fineTune.fixedMonthlyUsd)}, fixedPartText(fineTune)) : null;
  const retrainingList = retrainings.length === 0 ? null : h('div', {class: 'retrainings'},
      h('h3', {}, t('costRetrainingsHeading')),
      h('ul', {id: 'cost-retrainings'}, retrainings.map(retraining => h('li', {'data-month': String(retraining.month),
        'data-reason': retraining.reason}, t(`costRetraining.${retraining.reason}`, {month: retraining.month,
        usd: formatUsd(retraining.usd), date: fineTune.retiresOn ?? ''})))));
  const sentences = [h('p', {id: 'cost-summary', class: 'cost-summary'}, comparison.summary),
    h('ul', {class: 'break-evens'}, breakEvens.map(breakEven => h('li', {class: 'break-even',
      'data-against': breakEven.against, 'data-month': breakEven.month ?? '',
      'data-queries': breakEven.queriesPerMonth ?? ''},
    breakEven.queriesPerMonth === null || breakEven.queriesPerMonth === undefined ? null
        : h('strong', {class: 'break-even-volume'}, t('costBreakEvenVolume', {against: t(`option.${breakEven.against}`),
          queries: formatNumber(breakEven.queriesPerMonth)}), ' '),
    breakEven.explanation)))];
  const table = h('table', {class: 'cost-table'},
      h('caption', {}, t('costTableCaption')),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('costOption')), h('th', {scope: 'col'}, t('costPerQuery')),
          h('th', {scope: 'col'}, t('costUpfront')), h('th', {scope: 'col'}, t('costMonthlyVolume')),
          h('th', {scope: 'col'}, t('costMonthlyFixed')), h('th', {scope: 'col'}, t('costTotal')))),
      h('tbody', {}, comparison.options.map(option => h('tr', {'data-option': option.option},
          h('th', {scope: 'row'}, t(`option.${option.option}`)),
          h('td', {}, `$${option.perQueryUsd}`),
          h('td', {}, formatUsd(option.upfrontUsd)),
          h('td', {class: 'per-volume'}, formatUsd2(Number(option.monthlyUsd) - fixedOf(option.option))),
          h('td', {class: 'fixed'}, formatUsd2(fixedOf(option.option))),
          h('td', {}, formatUsd(option.totalUsd))))));
  const warnings = (comparison.warnings ?? []).length === 0 ? null
      : h('ul', {class: 'notice warnings', id: 'cost-warnings'}, comparison.warnings.map(warning =>
          h('li', {'data-code': warning.code ?? ''}, warning.message ?? warning.code ?? String(warning))));
  target.replaceChildren(...[compared, ...sentences, fixed, warnings, h('div', {class: 'chart-box'}, canvas),
    retrainingList, table].filter(Boolean));
  if (chart) chart.destroy();
  const crossings = breakEvens.filter(breakEven => breakEven.month !== null);
  const datasets = comparison.options.map(option => ({
    label: t(`option.${option.option}`),
    data: option.cumulativeUsd.map(Number),
    borderColor: OPTION_COLOURS[option.option],
    backgroundColor: OPTION_COLOURS[option.option],
    pointRadius: 0,
    borderWidth: 2,
  }));
  if (fineTune && Number(fineTune.fixedMonthlyUsd) > 0) {
    // The hourly part, paid whether queries come or not: a shaded area under the fine-tune's line.
    datasets.push({
      label: t('costFixedSeries'),
      data: months.map(month => Number(fineTune.fixedMonthlyUsd) * month),
      borderColor: FINE_TUNE_COLOUR,
      backgroundColor: FIXED_COLOUR,
      borderDash: [6, 4],
      borderWidth: 1,
      pointRadius: 0,
      fill: 'origin',
    });
  }
  const marks = [
    ...crossings.map(crossing => ({month: crossing.month, colour: '#1f2937', dash: [4, 4],
      label: t('costCrossover', {against: t(`option.${crossing.against}`), month: crossing.month})})),
    ...retrainings.filter(retraining => retraining.reason === 'BASE_RETIRES').map(retraining => ({
      month: retraining.month, colour: FINE_TUNE_COLOUR, dash: [],
      label: t('costForcedMark', {month: retraining.month})})),
  ];
  const scheduled = retrainings.filter(retraining => retraining.reason === 'SCHEDULED');
  chart = new window.Chart(canvas, {
    type: 'line',
    data: {labels: months, datasets},
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: {mode: 'index', intersect: false},
      scales: {
        x: {title: {display: true, text: t('costMonth')}},
        y: {title: {display: true, text: t('costCumulative')}, ticks: {callback: value => formatUsd(value)}},
      },
      plugins: {tooltip: {callbacks: {label: item => `${item.dataset.label}: ${formatUsd(item.parsed.y)}`}}},
    },
    plugins: [{
      id: 'marks',
      afterDatasetsDraw(drawn) {
        const {ctx, chartArea, scales} = drawn;
        ctx.save();
        ctx.font = '12px system-ui, sans-serif';
        marks.forEach((mark, index) => {
          const x = scales.x.getPixelForValue(mark.month);
          ctx.strokeStyle = mark.colour;
          ctx.fillStyle = mark.colour;
          ctx.setLineDash(mark.dash);
          ctx.lineWidth = mark.dash.length === 0 ? 2 : 1;
          ctx.beginPath();
          ctx.moveTo(x, chartArea.top);
          ctx.lineTo(x, chartArea.bottom);
          ctx.stroke();
          const width = ctx.measureText(mark.label).width;
          const left = x + 4 + width > chartArea.right ? x - 4 - width : x + 4;
          ctx.fillText(mark.label, left, chartArea.top + 14 + index * 16);
        });
        // Scheduled retrainings: a small tick on the month axis each.
        ctx.setLineDash([]);
        ctx.strokeStyle = FINE_TUNE_COLOUR;
        ctx.lineWidth = 2;
        for (const retraining of scheduled) {
          const x = scales.x.getPixelForValue(retraining.month);
          ctx.beginPath();
          ctx.moveTo(x, chartArea.bottom);
          ctx.lineTo(x, chartArea.bottom - 8);
          ctx.stroke();
        }
        ctx.restore();
      },
    }],
  });
  target.dataset.rendered = 'true';
}

// ---------------------------------------------------------------------------------------------------------------
// Your recent assessments (GET /assessments, issue 18) and a recorded answer by its link (#assessment=<id>)
//
// Shown when the server keeps history and lets the page read it: under ADVISOR_AUTH=none one shared space; under
// oidc the list needs a bearer token the page does not have, so the section says so; with history off (a 404
// problem of type /problems/history-off) it stays hidden.

const RECENT_LIMIT = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function recentHost() {
  let host = document.getElementById('recent');
  if (!host) {
    host = h('section', {id: 'recent', class: 'recent no-print', 'aria-labelledby': 'recent-heading', hidden: true});
    document.getElementById('view').after(host);
  }
  return host;
}

function formatInstant(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeStyle: 'short'}).format(date);
}

let recentRequest = 0;

/** Reads the newest records and shows them; hides the section where history is off or cannot be read. */
async function renderRecent() {
  const host = recentHost();
  if (!state.features.history) {
    host.hidden = true;
    return;
  }
  const request = ++recentRequest;
  let list;
  try {
    list = await call(`/assessments?limit=${RECENT_LIMIT}`);
  } catch (error) {
    if (request !== recentRequest) return;
    if (error instanceof ServiceError && error.status === 401) {
      host.dataset.state = 'unauthorized';
      host.hidden = false;
      host.replaceChildren(h('h2', {id: 'recent-heading'}, t('recentHeading')),
          h('p', {class: 'muted', id: 'recent-unauthorized'}, t('recentUnauthorized')));
    } else {
      host.dataset.state = error instanceof ServiceError && error.status === 404 ? 'off' : 'unavailable';
      host.hidden = true;
      host.replaceChildren();
    }
    return;
  }
  if (request !== recentRequest) return;
  const records = list.records ?? [];
  host.dataset.state = 'on';
  host.hidden = false;
  host.replaceChildren(h('h2', {id: 'recent-heading'}, t('recentHeading')),
      h('p', {class: 'muted'}, t('recentIntro')),
      records.length === 0 ? h('p', {id: 'recent-none'}, t('recentNone'))
          : h('ol', {class: 'recent-list'}, records.map(record => h('li', {'data-id': record.assessmentId,
            'data-approach': record.outcome.approach},
          h('a', {href: `#assessment=${encodeURIComponent(record.assessmentId)}`},
              t(`approach.${record.outcome.approach}`)), ' ',
          h('span', {class: 'muted'}, [formatInstant(record.recordedAt),
            record.outcome.projectName ? `“${record.outcome.projectName}”` : null,
            t('recentRuleset', {ruleset: record.provenance.ruleset})].filter(Boolean)
              .join(' · '))))));
}

function rulesetName(id) {
  return state.rulesets?.find(ruleset => String(ruleset.id) === String(id))?.name ?? String(id);
}

/**
 * The recorded answer of one assessment (GET /assessments/{id}), as it was sent, in the language it was sent in, with
 * when and under which ruleset and market data it was decided; the profile can be assessed again today.
 */
async function showRecord(id) {
  let record;
  try {
    if (!UUID.test(id)) throw new ServiceError({detail: t('recordNotFound')}, 404);
    record = await call(`/assessments/${encodeURIComponent(id)}`);
  } catch (error) {
    const message = !(error instanceof ServiceError) ? t('errorNetwork')
        : error.status === 401 ? t('recordUnauthorized')
            : error.status === 404 ? t('recordNotFound') : problemText(error);
    showView('record', [h('div', {class: 'notice error', role: 'alert', id: 'record-error'}, h('p', {}, message),
        h('button', {type: 'button', onclick: startOver}, t('startOver')))]);
    return;
  }
  const answer = record.answer ?? {};
  const full = record.representation === 'FULL' && Array.isArray(answer.decisionPath);
  const header = h('section', {class: 'recorded notice', id: 'recorded', 'data-id': record.assessmentId,
    'aria-labelledby': 'recorded-heading'},
  h('h2', {id: 'recorded-heading'}, t('recordedHeading')),
  h('p', {}, t('recordedIntro', {date: formatInstant(record.recordedAt), ruleset: rulesetName(record.provenance.ruleset),
    version: record.provenance.rulesetVersion, market: record.provenance.marketDataVersion,
    language: record.language === 'zh-CN' ? '中文' : 'English'})),
  h('p', {class: 'actions'},
      h('button', {type: 'button', class: 'primary', id: 'reassess', onclick: () => reassess(record)}, t('recordedReassess')),
      h('button', {type: 'button', id: 'record-start-over', onclick: startOver}, t('startOver'))));
  const approach = answer.approach ?? record.outcome.approach;
  const verdict = h('section', {class: `verdict approach-${String(approach).toLowerCase()}`, 'data-approach': approach,
    'aria-labelledby': 'approach'},
  record.outcome.projectName ? h('p', {class: 'project'}, record.outcome.projectName) : null,
  h('p', {class: 'kicker'}, t('recommendation')),
  h('h2', {id: 'approach', tabindex: '-1'}, t(`approach.${approach}`)),
  (answer.recommendedMethods ?? []).length === 0 ? null
      : h('p', {class: 'methods'}, `${t('methods')}: `, h('strong', {}, answer.recommendedMethods.join(', '))),
  answer.summary ? h('p', {class: 'summary', id: 'summary', lang: record.language}, answer.summary) : null,
  validUntilLine(answer.validUntil, record.language));
  const parts = [header, verdict];
  if ((answer.warnings ?? []).length > 0) {
    parts.push(h('section', {class: 'notice warnings', lang: record.language},
        h('h3', {}, t('warnings')), h('ul', {}, answer.warnings.map(warning =>
            h('li', {'data-code': warning.code ?? warning}, warning.message ?? warning.code ?? String(warning))))));
  }
  if (full) {
    parts.push(h('section', {class: 'why', lang: record.language},
        h('h2', {}, t('whyHeading')),
        h('ol', {class: 'path'}, answer.decisionPath.map(step => h('li', {'data-node': step.node},
            h('span', {class: 'q'}, step.question), ' ', h('strong', {class: 'a'}, step.answerText))))));
    parts.push(h('section', {class: 'next-steps', lang: record.language},
        h('h2', {}, t('nextStepsHeading')),
        h('ol', {}, (answer.nextSteps ?? []).map(step => h('li', {class: step.done ? 'done' : 'open'},
            h('span', {class: `badge ${step.done ? 'met' : 'open'}`}, step.done ? t('stepDone') : t('stepOpen')), ' ',
            step.text)))));
  } else {
    parts.push(h('p', {class: 'muted'}, t('recordedLean')));
  }
  const changed = h('section', {class: 'notice what-changed', id: 'what-changed', 'data-state': 'loading',
    'aria-labelledby': 'what-changed-heading', 'aria-busy': 'true'},
  h('h2', {id: 'what-changed-heading'}, t('changedHeading', {date: formatInstant(record.recordedAt)})),
  h('p', {class: 'muted'}, t('loading')));
  parts.push(changed);
  parts.push(h('section', {class: 'share no-print'},
      h('label', {for: 'share-link'}, t('recordLink')),
      h('div', {class: 'share-row'},
          h('input', {id: 'share-link', type: 'url', readonly: true, value: shareUrl()}),
          h('button', {type: 'button', id: 'copy-link', onclick: copyLink}, t('copyLink')))));
  showView('record', parts);
  document.title = `${t('approach.' + approach)} · ${t('recordedHeading')} · Training Advisor`;
  document.getElementById('approach').focus();
  await renderWhatChanged(changed, record);
}

let changedRequest = 0;

/**
 * "What changed since": the recorded profile decided again today (GET /assessments/{id}/reassessment, issue 19, under
 * the ruleset the record was decided with), shown as approach before → after, methods and warnings added and removed,
 * and why (the ruleset or its version, the market data version, a dated fact that has taken effect). Nothing is
 * recorded. A refusal (401 under oidc, 404 for a record gone or history off, 400 for a profile the ruleset cannot
 * decide) is said in words in the section; the rest of the page stays.
 */
async function renderWhatChanged(section, record) {
  const request = ++changedRequest;
  const heading = h('h2', {id: 'what-changed-heading'}, t('changedHeading', {date: formatInstant(record.recordedAt)}));
  let result;
  try {
    result = await call(`/assessments/${encodeURIComponent(record.assessmentId)}/reassessment`);
  } catch (error) {
    if (request !== changedRequest || !section.isConnected) return;
    const status = error instanceof ServiceError ? error.status : 0;
    const type = error instanceof ServiceError ? String(error.problem?.type ?? '') : '';
    const message = status === 0 ? t('errorNetwork')
        : status === 401 ? t('changedUnauthorized')
            : status === 404 && type.endsWith('/history-off') ? t('changedHistoryOff')
                : status === 404 ? t('recordNotFound') : problemText(error);
    section.dataset.state = status === 401 ? 'unauthorized' : status === 404 ? 'not-found' : 'error';
    section.removeAttribute('aria-busy');
    section.replaceChildren(heading, h('p', {id: 'what-changed-error'}, message));
    return;
  }
  if (request !== changedRequest || !section.isConnected) return;
  const changes = result.changes;
  const names = list => list.length === 0 ? '—' : list.join(', ');
  const approachLine = changes.approachBefore === changes.approachAfter
      ? t('changedApproachSame', {approach: t(`approach.${changes.approachAfter}`)})
      : t('changedApproach', {before: t(`approach.${changes.approachBefore}`), after: t(`approach.${changes.approachAfter}`)});
  const row = (key, items, code) => [h('dt', {}, t(key)),
    h('dd', {class: code}, items.length === 0 ? '—'
        : h('ul', {}, items.map(item => h('li', {'data-code': item}, item))))];
  const methodsAfter = result.assessment?.recommendedMethods ?? [];
  const methodsBefore = record.answer?.recommendedMethods
      ?? methodsAfter.filter(method => !changes.methodsAdded.includes(method)).concat(changes.methodsRemoved);
  const reasons = result.reasons ?? [];
  section.dataset.state = changes.changed ? 'changed' : 'unchanged';
  section.dataset.approachBefore = changes.approachBefore;
  section.dataset.approachAfter = changes.approachAfter;
  section.removeAttribute('aria-busy');
  section.replaceChildren(heading,
      h('p', {class: 'muted'}, t('changedIntro')),
      changes.changed
          ? h('div', {class: 'changes-found'},
              h('p', {class: 'before-after', id: 'what-changed-approach'}, approachLine),
              h('dl', {},
                  h('dt', {}, t('methods')),
                  h('dd', {id: 'what-changed-methods'}, t('changedMethods', {before: names(methodsBefore), after: names(methodsAfter)})),
                  row('changedWarningsAdded', changes.warningsAdded, 'warnings-added'),
                  row('changedWarningsRemoved', changes.warningsRemoved, 'warnings-removed')))
          : h('p', {id: 'what-changed-nothing'}, t('changedNothing', {approach: t(`approach.${changes.approachAfter}`)})),
      h('h3', {}, t('changedWhy')),
      reasons.length === 0 ? h('p', {id: 'what-changed-no-reason'}, t('changedNoReason'))
          : h('ul', {class: 'reasons'}, reasons.map(reason => h('li', {'data-reason': reason.code,
            'data-date': reason.datedFact?.date}, reason.message))),
      changes.changed ? h('p', {class: 'actions no-print'},
          h('button', {type: 'button', id: 'what-changed-reassess', onclick: () => reassess(record)}, t('changedOpen')))
          : null);
}

/** The recorded profile, assessed again with today's rules and market, in the questionnaire. */
function reassess(record) {
  const profile = {...(record.profile ?? {})};
  state.recordId = null;
  state.projectName = profile.projectName ?? '';
  delete profile.projectName;
  state.answers = profile;
  state.remembered = {};
  state.ruleset = String(record.provenance.ruleset);
  state.answerView = true;
  state.applied = null;
  state.cost = {};
  renderRulesetChoice();
  advance();
}

// ---------------------------------------------------------------------------------------------------------------
// The URL: the answers in the fragment, nothing on the server

function encodeValue(field, value) {
  if (value === UNKNOWN) return UNKNOWN;
  const question = BY_FIELD[field];
  if (!question) return JSON.stringify(value);
  return Array.isArray(value) ? value.join(',') : String(value);
}

function decodeValue(field, raw) {
  if (raw === UNKNOWN) return UNKNOWN;
  const question = BY_FIELD[field];
  if (!question) {
    const known = state.contract?.components?.schemas?.AssessmentRequest?.properties ?? {};
    if (!(field in known)) return undefined; // not a request property: a link from elsewhere must not break the page
    try {
      return JSON.parse(raw);
    } catch (ignored) {
      return undefined;
    }
  }
  switch (question.kind) {
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'choice':
      return question.values.some(value => value.code === raw) ? raw : undefined;
    case 'set': {
      const codes = raw === '' ? [] : raw.split(',');
      const known = codes.every(code => question.values.some(value => value.code === code));
      return known && new Set(codes).size === codes.length ? codes : undefined;
    }
    default: {
      // A value out of the question's range is dropped, so the question is asked again rather than refused.
      const number = Number(raw);
      const fits = raw.trim() !== '' && Number.isFinite(number) && number >= question.min && number <= question.max
          && (question.kind !== 'integer' || Number.isInteger(number));
      return fits ? number : undefined;
    }
  }
}

function fragment() {
  const params = new URLSearchParams();
  if (state.recordId) {
    params.set('assessment', state.recordId);
    return params.toString();
  }
  const ruleset = state.ruleset ?? (state.result && state.result.ruleset !== undefined ? String(state.result.ruleset) : null);
  if (ruleset !== null) params.set('ruleset', ruleset); // the ruleset that decided, so the link keeps its answer
  for (const [field, value] of Object.entries(state.answers)) params.set(field, encodeValue(field, value));
  if (state.projectName.trim()) params.set('projectName', state.projectName.trim());
  for (const [name, value] of Object.entries(state.cost)) params.set(`cost.${name}`, String(value));
  if (state.answerView) params.set('view', 'answer');
  return params.toString();
}

function shareUrl() {
  return `${location.origin}${location.pathname}#${fragment()}`;
}

/** Keeps the address bar on the answers so far: a new entry per change, so the browser's Back goes one step back. */
function writeUrl({replace = false} = {}) {
  const hash = `#${fragment()}`;
  if (hash === location.hash || (hash === '#' && location.hash === '')) return;
  if (replace || location.hash === '' || location.hash === '#') history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
}

function readUrl() {
  const params = new URLSearchParams(location.hash.slice(1));
  state.answers = {};
  state.cost = {};
  state.ruleset = null;
  state.answerView = params.get('view') === 'answer';
  state.recordId = params.get('assessment');
  state.projectName = params.get('projectName') ?? '';
  for (const [name, raw] of params) {
    if (name === 'ruleset') state.ruleset = raw;
    else if (name.startsWith('cost.')) {
      const key = name.slice(5);
      if (COST_TEXT_KEYS.includes(key)) state.cost[key] = raw;
      else if (Number.isFinite(Number(raw)) && raw.trim() !== '') state.cost[key] = Number(raw);
    } else if (name !== 'view' && name !== 'projectName' && name !== 'lang' && name !== 'assessment') {
      const value = decodeValue(name, raw);
      if (value !== undefined) state.answers[name] = value;
    }
  }
}

function refreshShareLink() {
  const input = document.getElementById('share-link');
  if (input) input.value = shareUrl();
}

async function copyLink() {
  const input = document.getElementById('share-link');
  try {
    await navigator.clipboard.writeText(input.value);
  } catch (ignored) {
    input.select(); // the person can copy it by hand
  }
  announce(t('copied'));
}

// ---------------------------------------------------------------------------------------------------------------
// Views, errors, language

function showView(name, children) {
  const view = document.getElementById('view');
  view.dataset.view = name;
  view.replaceChildren(...children.filter(Boolean));
  document.getElementById('status').textContent = '';
}

function announce(message) {
  document.getElementById('status').textContent = message;
}

function problemText(error) {
  const problem = error.problem ?? {};
  const details = (problem.errors ?? []).map(item => `${item.pointer}: ${item.detail}`).join('; ');
  return t('errorService', {detail: [problem.detail ?? error.message, details].filter(Boolean).join(' ')});
}

function showError(error) {
  const form = document.getElementById('question');
  const message = error instanceof ServiceError ? problemText(error) : t('errorNetwork');
  const field = form?.querySelector('.field-error');
  if (field) field.textContent = message;
  else showView('error', [h('div', {class: 'notice error', role: 'alert'}, h('p', {}, message),
      h('button', {type: 'button', onclick: startOver}, t('startOver')))]);
}

function chooseLanguage() {
  const stored = localStorage.getItem('advisor.lang');
  if (stored === 'en' || stored === 'zh') return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith('zh')) {
      // Traditional Chinese is not what the guide is written in: English, as the service does.
      return /^zh-(tw|hk|mo|hant)/.test(lower) ? 'en' : 'zh';
    }
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function applyLanguage() {
  document.documentElement.lang = t('htmlLang');
  document.getElementById('title').textContent = t('title');
  document.getElementById('tagline').textContent = t('tagline');
  document.getElementById('lang-label').textContent = t('language');
  document.querySelector('.skip').textContent = t('title');
  document.getElementById('footer').replaceChildren(
      ...t('footer', {api: '\u0000'}).split('\u0000').flatMap((part, index) =>
          index === 0 ? [part] : [h('a', {href: '/q/swagger-ui'}, '/q/swagger-ui'), part]));
  for (const button of document.querySelectorAll('.lang button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  }
  document.title = t('title') + ' · Training Advisor';
}

async function switchLanguage(lang) {
  if (lang === state.lang) return;
  state.lang = lang;
  localStorage.setItem('advisor.lang', lang);
  applyLanguage();
  await loadRulesets();
  await Promise.all([advance({focus: false}), renderRecent()]);
}

async function start() {
  const [questions, texts] = await Promise.all([
    fetch('/app/questions.json').then(response => response.json()),
    fetch('/app/texts.json').then(response => response.json()),
  ]);
  QUESTIONS = questions.questions;
  BY_FIELD = Object.fromEntries(QUESTIONS.map(question => [question.field, question]));
  TEXTS = texts;
  state.lang = chooseLanguage();
  applyLanguage();
  for (const button of document.querySelectorAll('.lang button')) {
    button.addEventListener('click', () => switchLanguage(button.dataset.lang));
  }
  document.getElementById('home').addEventListener('click', event => {
    event.preventDefault();
    startOver();
  });
  const followUrl = () => {
    if (`#${fragment()}` !== location.hash) {
      readUrl();
      advance();
    }
  };
  window.addEventListener('popstate', followUrl);
  window.addEventListener('hashchange', followUrl); // a link to a recorded assessment (#assessment=<id>)
  await discoverFeatures();
  readUrl();
  await Promise.all([advance({focus: false}), state.answerView ? null : renderRecent()]);
  document.body.dataset.ready = 'true';
}

start();
