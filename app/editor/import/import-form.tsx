"use client";

import { useState } from "react";

interface Progress {
  phase: "validate" | "insert";
  done: number;
  total: number;
}
interface Problem {
  line: number;
  field: string;
  message: string;
}
interface Report {
  dryRun: boolean;
  total: number;
  valid: number;
  inserted: number;
  problems: Problem[];
}
type State =
  | { kind: "idle" }
  | { kind: "running"; dryRun: boolean; progress: Progress | null }
  | { kind: "done"; report: Report }
  | { kind: "error"; message: string; fields?: Record<string, string> };

/** Uploads a file to the import endpoint and shows its streamed progress and report. */
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });

  async function run(dryRun: boolean) {
    if (!file) {
      setState({ kind: "error", message: "Choose a CSV or JSON file first.", fields: { file: "Choose a file" } });
      return;
    }
    setState({ kind: "running", dryRun, progress: null });
    const response = await fetch(`/api/v1/import?dryRun=${dryRun ? 1 : 0}&name=${encodeURIComponent(file.name)}`, {
      method: "POST",
      body: file,
    });
    if (!response.ok || !response.body) {
      const body = await response.json().catch(() => null);
      setState({ kind: "error", message: body?.error?.message ?? `The import failed (${response.status}).`, fields: body?.error?.fields });
      return;
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += value;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.trim()) continue;
        const message = JSON.parse(line);
        if (message.progress) setState({ kind: "running", dryRun, progress: message.progress });
        else if (message.report) setState({ kind: "done", report: message.report });
        else if (message.error) setState({ kind: "error", message: message.error.message, fields: message.error.fields });
      }
    }
  }

  const running = state.kind === "running";
  const percent =
    state.kind === "running" && state.progress ? Math.round((state.progress.done / Math.max(1, state.progress.total)) * 100) : 0;
  return (
    <div className="card import-form">
      <label className="field">
        <span>File (CSV or JSON)</span>
        <input
          type="file"
          name="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setState({ kind: "idle" });
          }}
          aria-describedby={state.kind === "error" && state.fields?.file ? "file-error" : undefined}
        />
      </label>
      {state.kind === "error" && state.fields?.file ? (
        <p id="file-error" className="field-error">
          {state.fields.file}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" disabled={running} onClick={() => run(true)}>
          Check (dry run)
        </button>
        <button type="button" disabled={running} onClick={() => run(false)}>
          Import
        </button>
      </div>

      <div aria-live="polite">
        {state.kind === "running" ? (
          <div className="import-progress">
            <label>
              {state.progress?.phase === "insert" ? "Importing" : "Checking"}{" "}
              {state.progress ? `${state.progress.done.toLocaleString()} of ${state.progress.total.toLocaleString()} rows` : "…"}
              <progress max={100} value={percent}>
                {percent}%
              </progress>
            </label>
          </div>
        ) : null}
        {state.kind === "error" ? (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        ) : null}
        {state.kind === "done" ? <ImportReportView report={state.report} /> : null}
      </div>
    </div>
  );
}

function ImportReportView({ report }: { report: Report }) {
  if (report.problems.length === 0) {
    return (
      <p className="form-success" role="status">
        {report.dryRun
          ? `All ${report.valid} rows are valid. Nothing was written — run Import to add them.`
          : `Imported ${report.inserted} claims.`}
      </p>
    );
  }
  const badRows = new Set(report.problems.map((p) => p.line)).size;
  return (
    <div role="alert">
      <p className="form-error">
        {badRows} of {report.total} rows have problems. {report.dryRun ? "Dry run: nothing was written." : "Nothing was imported."}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Rows with problems</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => (
              <tr key={i} data-testid="import-problem">
                <td>{p.line}</td>
                <td>
                  <code>{p.field}</code>
                </td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
