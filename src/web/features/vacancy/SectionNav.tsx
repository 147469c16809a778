import { paths, type VacancySection } from "../../app/routes.ts";
import { Link } from "../../components/Link.tsx";
import type { UiKey } from "../../i18n/en.ts";
import { useT } from "../../i18n/use-t.ts";

const LABEL: Record<VacancySection, UiKey> = {
  review: "section.review",
  candidates: "section.candidates",
  log: "section.log",
  audit: "section.audit",
  monitoring: "section.monitoring",
};

/** The sections of a vacancy as links (each has its own address), the current one marked. */
export function SectionNav({
  id,
  current,
  sections,
}: {
  readonly id: string;
  readonly current: VacancySection;
  readonly sections: readonly VacancySection[];
}) {
  const { t } = useT();
  return (
    <nav aria-label={t("section.label")} className="section-nav">
      <ul>
        {sections.map((s) => (
          <li key={s}>
            <Link to={paths.vacancy(id, s)} aria-current={s === current ? "page" : undefined}>
              {t(LABEL[s])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
