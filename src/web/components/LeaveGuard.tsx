import { useEffect, useState } from "react";
import { blockNavigation } from "../app/router.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

interface LeaveGuardProps {
  /** Whether there is unsaved work to protect. */
  readonly when: boolean;
  readonly title: string;
  readonly message: string;
  readonly leaveLabel: string;
}

/**
 * Asks before unsaved work is lost: the browser's own question when the tab is closed or reloaded
 * (beforeunload), and a dialog when a link of the app (or back and forward) would leave the page.
 */
export function LeaveGuard({ when, title, message, leaveLabel }: LeaveGuardProps) {
  const [pending, setPending] = useState<{ readonly proceed: () => void } | null>(null);
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ""; // older browsers ask only when a value is set
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    const unblock = blockNavigation((proceed) => setPending({ proceed }));
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      unblock();
    };
  }, [when]);
  return (
    <ConfirmDialog
      open={pending !== null}
      title={title}
      message={message}
      confirmLabel={leaveLabel}
      onConfirm={async () => pending?.proceed()}
      onClose={() => setPending(null)}
    />
  );
}
