/**
 * The fields the deployment report reads from a server: its IP address (a load balancer's VIP), an Edge
 * Server's external FQDN and address per service, and a Mediation Server's gateway-side address. Empty fields show the report's default as a placeholder; a malformed address is kept
 * and gets an inline message.
 */
import { EDGE_SERVICE_LABELS } from '../../domain/kinds';
import { ipAddressProblem } from '../../domain/addresses';
import { EDGE_SERVICES } from '../../domain/plan';
import type { EdgeService, EdgeServiceValues, PlanNode } from '../../domain/plan';
import { TextField } from './fields';

/** "" stands for "not given". */
const orUndefined = (text: string) => (text.trim() === '' ? undefined : text);

export function IpField({
  label,
  value,
  onChange,
  testId,
  disabled,
  placeholder = 'not set',
}: {
  label: string;
  value: string | undefined;
  onChange(v: string | undefined): void;
  testId: string;
  disabled: boolean;
  placeholder?: string;
}) {
  return (
    <TextField
      label={label}
      value={value ?? ''}
      onChange={(v) => onChange(orUndefined(v))}
      testId={testId}
      disabled={disabled}
      placeholder={placeholder}
      problem={value === undefined ? undefined : ipAddressProblem(value)}
    />
  );
}

/** A per-service record with one value changed; an empty record is no record. */
function withService(values: EdgeServiceValues | undefined, service: EdgeService, text: string): EdgeServiceValues | undefined {
  const next: EdgeServiceValues = { ...values };
  const value = orUndefined(text);
  if (value === undefined) delete next[service];
  else next[service] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

/** An Edge Server's external names and addresses, one pair per edge service it runs. */
export function EdgeExternalFields({
  node,
  set,
  readOnly,
  fqdnDefaults,
  names,
  addresses,
}: {
  node: Omit<PlanNode, 'position'>;
  set(patch: Partial<PlanNode>): void;
  readOnly: boolean;
  /** The report's FQDN per service where the plan gives none. */
  fqdnDefaults: EdgeServiceValues;
  names: boolean;
  addresses: boolean;
}) {
  const services = EDGE_SERVICES.filter((s) => (node.edgeServices ?? EDGE_SERVICES).includes(s));
  return (
    <fieldset data-testid="inspector-edge-external" className="space-y-2">
      <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">External interface, per service</legend>
      {services.map((service) => (
        <div key={service} className="space-y-1 rounded border border-slate-200 p-2 dark:border-slate-700">
          {names && (
            <TextField
              label={`${EDGE_SERVICE_LABELS[service]}: external FQDN`}
              value={node.externalFqdns?.[service] ?? ''}
              placeholder={fqdnDefaults[service]}
              onChange={(v) => set({ externalFqdns: withService(node.externalFqdns, service, v) })}
              testId={`inspector-external-fqdn-${service}`}
              disabled={readOnly}
            />
          )}
          {addresses && (
            <IpField
              label={`${EDGE_SERVICE_LABELS[service]}: external IP address`}
              value={node.externalIps?.[service]}
              onChange={(v) => set({ externalIps: withService(node.externalIps, service, v ?? '') })}
              testId={`inspector-external-ip-${service}`}
              disabled={readOnly}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}
