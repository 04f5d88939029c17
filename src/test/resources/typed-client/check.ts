// Client code written against the types openapi-typescript generates from openapi/openapi.yaml.
// It must compile, and each @ts-expect-error line must be an error: the contract says what the API does.
import createClient from "openapi-fetch";
import type { components, paths } from "./training-advisor";

type AssessmentRequest = paths["/assessments"]["post"]["requestBody"]["content"]["application/json"];
type Assessment = paths["/assessments"]["post"]["responses"][200]["content"]["application/json"];
type Problem = paths["/assessments"]["post"]["responses"][400]["content"]["application/problem+json"];
type RoiEstimate = paths["/roi-estimates"]["post"]["responses"][200]["content"]["application/json"];
type Provider = components["schemas"]["Provider"];
type CostRequest = paths["/cost-comparisons"]["post"]["requestBody"]["content"]["application/json"];
type CostComparison = paths["/cost-comparisons"]["post"]["responses"][200]["content"]["application/json"];
type Model = components["schemas"]["FineTunableModel"];

export const request: AssessmentRequest = {
  usesPrivateData: false,
  desiredChange: "DEEP_KNOWLEDGE",
  labeledExamples: 12000,
  mlExpertise: "IN_HOUSE",
  trainingBudgetUsd: 25000,
  ragOptimizations: ["RERANKING", "HYBRID_SEARCH"],
};

// @ts-expect-error usesPrivateData and desiredChange are always required
export const incomplete: AssessmentRequest = { usesPrivateData: false };

// Ruleset 2 reads labeledExamples, mlExpertise and trainingBudgetUsd as unknown when they are left out.
export const unknowns: AssessmentRequest = {
  usesPrivateData: true, privateDataRole: "TASK_INPUT", desiredChange: "TASK_SKILL", promptingOutcome: "TOO_COSTLY",
};

export const typo: AssessmentRequest = {
  usesPrivateData: false, desiredChange: "NONE", labeledExamples: 1, mlExpertise: "NONE", trainingBudgetUsd: 0,
  // @ts-expect-error a misspelt property is not part of the request
  labeledExample: 1,
};

// @ts-expect-error desiredChange is a closed set of codes
export const badCode: AssessmentRequest["desiredChange"] = "MORE_KNOWLEDGE";

export function recommend(assessment: Assessment): string {
  const approach: "PROMPT_ENGINEERING" | "RAG" | "HIRE_ML_ENGINEER" | "TRAINING" = assessment.approach;
  const methods: ("RAG" | "SFT" | "RLHF" | "PEFT")[] = assessment.recommendedMethods;
  const changes = assessment.counterfactuals.map((c) => c.changes.map((change) => change.field).join("+"));
  const open = assessment.nextSteps.filter((step) => !step.done).map((step) => step.link ?? step.id);
  const ask = assessment.toFindOut.map((unknown) => unknown.question);
  const ruleset: number = assessment.ruleset;
  return [approach, ...methods, ...changes, ...open, ...ask, ruleset, assessment.step, assessment.summary].join(" ");
}

export function pointers(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => error.pointer ?? error.parameter ?? "");
}

export function payback(estimate: RoiEstimate): number | null {
  // @ts-expect-error paybackMonths is nullable: it cannot be used as a number unchecked
  const unchecked: number = estimate.paybackMonths;
  return estimate.paybackMonths ?? unchecked;
}

export function cheapest(providers: Provider[]): string | undefined {
  return providers.filter((p) => p.guide?.startingCostUsd != null).sort(
    (a, b) => (a.guide?.startingCostUsd?.min ?? 0) - (b.guide?.startingCostUsd?.min ?? 0))[0]?.id;
}

export function takesJobsToday(providers: Provider[]): string[] {
  // @ts-expect-error status is a closed set of codes
  const typo: Provider["status"] = "OPEN";
  return providers.filter((p) => p.status === "AVAILABLE" && p.status !== typo).map((p) => p.id);
}

export function trainingPrice(model: Model): number | undefined {
  // @ts-expect-error a price that does not exist is absent: it cannot be used as a number unchecked
  const unchecked: number = model.trainingUsd;
  return model.trainingUsd ?? unchecked;
}

// openapi-fetch: each operation answers in one media type, so data is the document itself, not a union with string.
export async function approachOf(baseUrl: string): Promise<Assessment["approach"]> {
  const client = createClient<paths>({ baseUrl });
  const { data, error } = await client.POST("/assessments", { body: request });
  if (error) throw new Error(error.detail);
  const approach: "PROMPT_ENGINEERING" | "RAG" | "HIRE_ML_ENGINEER" | "TRAINING" = data.approach;
  return approach;
}

// A minimal ROI request: the properties with defaults are optional.
export const minimalRoi: paths["/roi-estimates"]["post"]["requestBody"]["content"]["application/json"] = {
  monthlyApiSpendUsd: 20000, expectedSpendReductionPercent: 30, trainingCostUsd: 10000,
};

// @ts-expect-error the three ROI figures without a default are required
export const incompleteRoi: paths["/roi-estimates"]["post"]["requestBody"]["content"]["application/json"] = {
  monthlyApiSpendUsd: 20000,
};

// The Mermaid view is its own operation, typed as text.
export type Diagram = paths["/assessments/mermaid"]["post"]["responses"][200]["content"]["text/vnd.mermaid"];
export const diagramIsText: Diagram = "flowchart TD";

// openapi-typescript 7 makes properties with a default non-optional, so the defaults are written out here.
export const costs: CostRequest = {
  queriesPerMonth: 1000000, horizonMonths: 24, model: "gpt-4o-mini-2024-07-18", promptTokens: 800,
  fewShotTokens: 0, retrievedTokens: 2200, outputTokens: 300, trainingTokens: 3000000, retrainEveryMonths: 0,
  ragMonthlyUsd: 0, prices: { trainingUsd: 25 }, setupCostUsd: { FINE_TUNED: 8000 },
};

// @ts-expect-error a setup cost is for PROMPTING, RAG or FINE_TUNED only
export const badSetup: CostRequest["setupCostUsd"] = { TRAINING: 1 };

export function breakEvenAgainstRag(comparison: CostComparison): string {
  const rag = comparison.breakEven[1];
  // @ts-expect-error month is nullable: it cannot be used as a number unchecked
  const unchecked: number = rag.month;
  return rag.month !== null ? `month ${rag.month}` : `never: ${rag.monthReason ?? ""} ${unchecked}`;
}

// The lean answer (Prefer: return=minimal) has its own schema; createAssessment's 200 stays the full Assessment
// (no union), so a caller that asks for the lean answer names its type once.
type AssessmentSummary = components["schemas"]["AssessmentSummary"];
type Batch = paths["/assessments/batch"]["post"]["responses"][200]["content"]["application/json"];

export async function leanApproachOf(baseUrl: string): Promise<AssessmentSummary["approach"]> {
  const client = createClient<paths>({ baseUrl });
  const { data, error } = await client.POST("/assessments", {
    body: request, params: { header: { Prefer: "return=minimal" } },
  });
  if (error) throw new Error(error.detail);
  const lean = data as unknown as AssessmentSummary;
  // @ts-expect-error the lean answer's warnings are codes, not objects with a message
  const message: string = lean.warnings[0].message;
  const codes: ("PROVIDER_CLOSING" | string)[] = lean.warnings;
  return codes.length > 0 && message ? lean.approach : lean.approach;
}

export const batchRequest: paths["/assessments/batch"]["post"]["requestBody"]["content"]["application/json"] = {
  profiles: [request, unknowns],
};

// @ts-expect-error a batch is an object with profiles, not a bare list
export const bareList: paths["/assessments/batch"]["post"]["requestBody"]["content"]["application/json"] = [request];

export function batchOutcomes(batch: Batch): string[] {
  return batch.results.map((result) => result.assessment?.approach ?? result.assessmentSummary?.approach
    ?? (result.problem?.errors ?? []).map((e) => e.pointer ?? "").join(","));
}

// Decision history: a record as it was answered, a page of the list with its filters, and erasure.
type AssessmentRecord = paths["/assessments/{assessmentId}"]["get"]["responses"][200]["content"]["application/json"];
type RecordList = paths["/assessments"]["get"]["responses"][200]["content"]["application/json"];

export function traceOf(record: AssessmentRecord): string {
  // @ts-expect-error traceId is nullable: it cannot be used as a string unchecked
  const unchecked: string = record.caller.traceId;
  const answer = record.answer as Assessment | AssessmentSummary;
  return [record.caller.traceId ?? unchecked, record.provenance.rulesetFingerprint, answer.approach].join(" ");
}

export function hrefs(page: RecordList): string[] {
  const next: string | null = page.next;
  return [...page.records.map((item) => item.href), next ?? ""];
}

export async function recentRagRecords(baseUrl: string): Promise<number> {
  const client = createClient<paths>({ baseUrl });
  const page = await client.GET("/assessments", { params: { query: { approach: "RAG", limit: 10 } } });
  // @ts-expect-error the approach filter is a closed set of codes
  await client.GET("/assessments", { params: { query: { approach: "FINE_TUNE" } } });
  const erased = await client.DELETE("/assessments/{assessmentId}", {
    params: { path: { assessmentId: page.data?.records[0]?.assessmentId ?? "" } },
  });
  return (page.data?.records.length ?? 0) + erased.response.status;
}
