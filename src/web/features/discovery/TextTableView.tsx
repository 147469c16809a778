import { useId } from "react";
import type { TextTable } from "../../../core/report/report-tables.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";

/**
 * A table of the discovery report, its cells formatted by the core (the same as in the HTML and
 * Markdown downloads); the first column names the row. Columns after the first are right-aligned when
 * `numericFrom` says so.
 */
export function TextTableView({
  table,
  caption,
  numericFrom = 1,
}: {
  readonly table: TextTable;
  readonly caption?: string;
  readonly numericFrom?: number;
}) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption ?? table.title}</caption>
        <thead>
          <tr>
            {table.headers.map((header, i) => (
              <th scope="col" key={header} className={i >= numericFrom ? "numeric" : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => {
            const [first, ...rest] = row;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a finished report never move
              <tr key={r}>
                <th scope="row">{first}</th>
                {rest.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={c} className={c + 1 >= numericFrom ? "numeric" : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
