/** The id of the rule that decided ("verdict.strong.own-production"), small and monospace beside its reason, so a recruiter can quote it and an engineer can find it. */
export function RuleId({ id }: { id: string | undefined }) {
  if (!id) return null;
  return (
    <code className="rule-id" data-testid="rule-id" title="The rule that decided">
      {id}
    </code>
  );
}
