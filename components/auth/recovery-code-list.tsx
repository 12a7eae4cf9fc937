// Recovery codes as shown once after enrolment or regeneration: a list to copy, print or write down.
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <div className="recovery-codes">
      <p>
        <strong>Save these recovery codes now.</strong> Each signs you in once if you lose your authenticator app or passkey. They will
        not be shown again.
      </p>
      <ol className="recovery-code-list" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}
