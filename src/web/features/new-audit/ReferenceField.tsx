import { api } from "../../api/client.ts";
import { SelectField } from "../../components/SelectField.tsx";
import { useApiData } from "../../components/use-api-data.ts";
import { useT } from "../../i18n/use-t.ts";

interface ReferenceFieldProps {
  readonly id: string;
  readonly uploadId: string;
  readonly attribute: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/** The reference group of one attribute: the most selected (default) or a value the user names. */
export function ReferenceField({ id, uploadId, attribute, value, onChange, error }: ReferenceFieldProps) {
  const { t } = useT();
  const [values] = useApiData(() => api.distinctValues(uploadId, attribute), [uploadId, attribute]);
  const listed = values.status === "ready" ? values.data.values : [];
  const options = [
    { value: "", label: t("reference.mostSelected") },
    ...listed.map((v) => ({ value: v, label: v })),
    // A value chosen before the list loaded (or beyond its end) stays selectable.
    ...(value !== "" && !listed.includes(value) ? [{ value, label: value }] : []),
  ];
  const hint =
    values.status === "loading"
      ? t("common.loading")
      : values.status === "failed"
        ? t("reference.unavailable")
        : values.data.more
          ? t("reference.more", { count: listed.length })
          : undefined;
  return (
    <SelectField
      id={id}
      label={t("reference.label", { attribute })}
      value={value}
      options={options}
      onChange={onChange}
      error={error}
      announce={false}
      {...(hint ? { hint } : {})}
    />
  );
}
