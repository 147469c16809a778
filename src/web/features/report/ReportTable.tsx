import { useId, useState } from "react";
import type { TextTable } from "../../../core/report/report-tables.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useT } from "../../i18n/use-t.ts";
import { type ColumnId, definitionBody, definitionTitle } from "./report-columns.ts";

interface ReportTableProps {
  readonly table: TextTable;
  /** One per header: which definition its button opens. */
  readonly columns: readonly ColumnId[];
  readonly caption?: string;
}

/**
 * A table of the report, formatted by the core (the same cells as the HTML and Markdown reports).
 * Every column header is a button that opens the column's definition; the first column names the row.
 */
export function ReportTable({ table, columns, caption }: ReportTableProps) {
  const { t } = useT();
  const captionId = useId();
  const [open, setOpen] = useState<{ id: ColumnId; header: string } | null>(null);
  return (
    <>
      <ScrollRegion labelledBy={captionId}>
        <table className="data-table report-table">
          <caption id={captionId}>{caption ?? table.title}</caption>
          <thead>
            <tr>
              {table.headers.map((header, i) => {
                const id = columns[i] ?? "group";
                return (
                  <th scope="col" key={header}>
                    <button
                      type="button"
                      className="column-help"
                      aria-haspopup="dialog"
                      onClick={() => setOpen({ id, header })}
                    >
                      {header}
                      <span className="column-help-icon" aria-hidden="true">
                        ?
                      </span>
                      <span className="visually-hidden">{t("table.explain")}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => {
              const [first, ...rest] = row;
              const note = table.notes?.[r];
              return (
                <tr key={first}>
                  <th scope="row">
                    {first}
                    {note && <span className="row-note">{note}</span>}
                  </th>
                  {rest.map((cell, c) => (
                    <td key={table.headers[c + 1]} className="numeric">
                      {cell}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <Dialog
        open={open !== null}
        title={open ? `${open.header}: ${t(definitionTitle(open.id))}` : ""}
        onClose={() => setOpen(null)}
      >
        {open &&
          t(definitionBody(open.id))
            .split("\n\n")
            .map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
      </Dialog>
    </>
  );
}
