import { useState } from "react";
import type { ReviewList } from "../../../server/api-types.ts";
import { api } from "../../api/client.ts";
import { can } from "../../app/permissions.ts";
import { useUser } from "../../app/session-context.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";
import { AutomaticRejectionsButton } from "./AutomaticRejectionsButton.tsx";
import { ReviewRow } from "./ReviewRow.tsx";
import { TieBreakBar } from "./TieBreakBar.tsx";

/**
 * The ranked list: highest score first, names only for those who manage candidates (reviewers judge
 * by reference). Each row opens to the evidence and the decision.
 */
export function ReviewSection({
  vacancyId,
  onChange,
}: {
  readonly vacancyId: string;
  readonly onChange: () => void;
}) {
  const { t } = useT();
  const [list, reload] = useApiData(() => api.reviewList(vacancyId), [vacancyId]);
  const changed = () => {
    reload();
    onChange();
  };
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{t("review.title")}</h2>
      <p className="hint">{t("review.intro")}</p>
      {list.status === "loading" && <Loading />}
      {list.status === "failed" && <ErrorAlert error={list.error} />}
      {list.status === "ready" && <ReviewTable vacancyId={vacancyId} list={list.data} onChange={changed} />}
    </section>
  );
}

function ReviewTable({
  vacancyId,
  list,
  onChange,
}: {
  readonly vacancyId: string;
  readonly list: ReviewList;
  readonly onChange: () => void;
}) {
  const { t } = useT();
  const user = useUser();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const mayDecide = can(user.role, "decideCandidates");
  const tieBreaks = mayDecide && (list.vacancy.preferentialPolicy?.enabled ?? false);
  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  if (list.items.length === 0) return <p className="empty">{t("review.empty")}</p>;
  const columns = 8 + (tieBreaks ? 1 : 0);
  return (
    <>
      <div className="toolbar">
        {can(user.role, "manageCandidates") && (
          <AutomaticRejectionsButton vacancyId={vacancyId} onDone={onChange} />
        )}
      </div>
      {tieBreaks && (
        <TieBreakBar
          vacancyId={vacancyId}
          items={list.items}
          chosen={chosen}
          onDone={() => {
            setChosen([]);
            onChange();
          }}
        />
      )}
      <ScrollRegion labelledBy="review-caption">
        <table className="data-table review-table">
          <caption id="review-caption">{t("review.caption", { count: list.items.length })}</caption>
          <thead>
            <tr>
              {tieBreaks && <th scope="col">{t("review.col.tie")}</th>}
              <th scope="col" className="numeric">
                {t("review.col.rank")}
              </th>
              <th scope="col">{t("review.col.candidate")}</th>
              <th scope="col" className="numeric">
                {t("review.col.score")}
              </th>
              <th scope="col">{t("review.col.recommendation")}</th>
              <th scope="col">{t("review.col.knockout")}</th>
              <th scope="col">{t("review.col.atypical")}</th>
              <th scope="col">{t("review.col.decision")}</th>
              <th scope="col">{t("review.col.details")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <ReviewRow
                key={item.id}
                vacancy={list.vacancy}
                item={item}
                columns={columns}
                expanded={open.has(item.id)}
                onToggle={() => toggle(item.id)}
                tieBreak={
                  tieBreaks
                    ? {
                        chosen: chosen.includes(item.id),
                        onChoose: (on) =>
                          setChosen((c) => (on ? [...c, item.id] : c.filter((x) => x !== item.id))),
                      }
                    : null
                }
                onChange={onChange}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
