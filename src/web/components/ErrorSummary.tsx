import type { MouseEvent, ReactNode, Ref } from "react";

/** One problem of a form: its text, and the id of the control it concerns (null: the form as a whole). */
export interface SummaryItem {
  readonly key: string;
  readonly text: string;
  readonly target: string | null;
}

/**
 * The list of a form's problems above it (GOV.UK pattern): an anchor the form focuses after a failed
 * submit, the problems as links that move the focus to the control concerned, and optionally a lead
 * (e.g. the server's error) above them. Shown only when there is something to say.
 */
export function ErrorSummary({
  summaryRef,
  title,
  heading = "h3",
  lead,
  items,
}: {
  readonly summaryRef: Ref<HTMLDivElement>;
  readonly title: string;
  readonly heading?: "h2" | "h3";
  readonly lead?: ReactNode;
  readonly items: readonly SummaryItem[];
}) {
  const jump = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.focus();
  };
  const Heading = heading;
  return (
    <div ref={summaryRef} tabIndex={-1} className="error-summary-anchor">
      {(items.length > 0 || lead) && (
        <div className="alert alert-error error-summary" role="alert">
          <Heading className={heading === "h2" ? "error-summary-title" : undefined}>{title}</Heading>
          {lead}
          {items.length > 0 && (
            <ul>
              {items.map((item) => (
                <li key={item.key}>
                  {item.target ? (
                    <a href={`#${item.target}`} onClick={(e) => jump(e, item.target!)}>
                      {item.text}
                    </a>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
