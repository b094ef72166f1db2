/** The fields of a server that its kind has (the registry's `fields`), with the defaults of the plan's version. */
import {
  AV_NAT_LABELS,
  BALANCER_SIDE_LABELS,
  BALANCING_LABELS,
  CWA_USERS_LABELS,
  defaultSqlVersion,
  EDGE_SERVICE_LABELS,
  GATEWAY_TYPE_LABELS,
  KINDS,
  ROLE_DATABASE_LABELS,
  SQL_EDITION_LABELS,
  SQL_VERSION_LABELS,
} from '../../domain/kinds';
import {
  AV_NAT_TYPES,
  BALANCER_SIDES,
  BALANCING_TYPES,
  CWA_USERS,
  EDGE_SERVICES,
  GATEWAY_TYPES,
  is64bitOf,
  ROLE_DATABASES,
  SQL_EDITIONS,
  SQL_VERSIONS,
} from '../../domain/plan';
import type { AvNat, Balancing, CwaUsers, GatewayType, OcsVersion, PlanNode, SqlEdition, SqlVersion } from '../../domain/plan';
import type { EdgeServiceValues } from '../../domain/plan';
import { EdgeExternalFields, IpField } from './AddressFields';
import { CheckGroup } from './CheckGroup';
import { Checkbox, SelectField, TextField } from './fields';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** Load balancer side: "" stands for none (a load balancer of a pool). */
const SIDE_OPTIONS = [{ value: '', label: 'Not set (a pool’s load balancer)' }, ...options(BALANCER_SIDES, BALANCER_SIDE_LABELS)] as const;

export function KindFields({
  node,
  ocsVersion,
  set,
  readOnly,
  edgeFqdnDefaults = {},
}: {
  node: Omit<PlanNode, 'position'>;
  ocsVersion: OcsVersion;
  set(patch: Partial<PlanNode>): void;
  readOnly: boolean;
  /** edge-server: the report's external FQDN per service where the plan gives none (placeholders). */
  edgeFqdnDefaults?: EdgeServiceValues;
}) {
  const fields = KINDS[node.kind].fields;
  return (
    <>
      {fields.includes('edgeServices') && (
        <CheckGroup
          label="Edge services"
          values={EDGE_SERVICES}
          labels={EDGE_SERVICE_LABELS}
          checked={node.edgeServices ?? EDGE_SERVICES}
          onChange={(edgeServices) => set({ edgeServices })}
          testId="inspector-edge-services"
          disabled={readOnly}
          minimum={1}
        />
      )}
      {fields.includes('avNat') && (
        <SelectField<AvNat>
          label="A/V Edge NAT"
          value={node.avNat ?? 'none'}
          options={options(AV_NAT_TYPES, AV_NAT_LABELS)}
          onChange={(avNat) => set({ avNat })}
          testId="inspector-av-nat"
          disabled={readOnly}
        />
      )}
      {fields.includes('gatewayType') && (
        <SelectField<GatewayType>
          label="Gateway type"
          value={node.gatewayType ?? 'basic'}
          options={options(GATEWAY_TYPES, GATEWAY_TYPE_LABELS)}
          onChange={(gatewayType) => set({ gatewayType })}
          testId="inspector-gateway-type"
          disabled={readOnly}
        />
      )}
      {fields.includes('cwaUsers') && (
        <SelectField<CwaUsers>
          label="CWA users"
          value={node.cwaUsers ?? 'both'}
          options={options(CWA_USERS, CWA_USERS_LABELS)}
          onChange={(cwaUsers) => set({ cwaUsers })}
          testId="inspector-cwa-users"
          disabled={readOnly}
        />
      )}
      {fields.includes('sqlVersion') && (
        <SelectField<SqlVersion>
          label="SQL Server version"
          value={node.sqlVersion ?? defaultSqlVersion(ocsVersion)}
          options={options(SQL_VERSIONS, SQL_VERSION_LABELS)}
          onChange={(sqlVersion) => set({ sqlVersion })}
          testId="inspector-sql-version"
          disabled={readOnly}
        />
      )}
      {fields.includes('sqlEdition') && (
        <SelectField<SqlEdition>
          label="SQL Server edition"
          value={node.sqlEdition ?? 'standard'}
          options={options(SQL_EDITIONS, SQL_EDITION_LABELS)}
          onChange={(sqlEdition) => set({ sqlEdition })}
          testId="inspector-sql-edition"
          disabled={readOnly}
        />
      )}
      {fields.includes('databases') && (
        <CheckGroup
          label={node.kind === 'back-end-sql' ? 'Role databases (besides the pool’s own)' : 'Role databases'}
          values={ROLE_DATABASES}
          labels={ROLE_DATABASE_LABELS}
          checked={node.databases ?? []}
          onChange={(databases) => set({ databases: databases.length > 0 ? databases : undefined })}
          testId="inspector-databases"
          disabled={readOnly}
        />
      )}
      {fields.includes('cluster') && (
        <TextField
          label="SQL cluster name (same name: one active/passive cluster)"
          value={node.cluster ?? ''}
          onChange={(cluster) => set({ cluster: cluster === '' ? undefined : cluster })}
          testId="inspector-cluster"
          disabled={readOnly}
        />
      )}
      {fields.includes('balancing') && (
        <SelectField<Balancing>
          label="Load balancing"
          value={node.balancing ?? 'hardware'}
          options={options(BALANCING_TYPES, BALANCING_LABELS)}
          onChange={(balancing) => set({ balancing })}
          testId="inspector-balancing"
          disabled={readOnly}
        />
      )}
      {fields.includes('side') && (
        <SelectField<'' | 'internal' | 'external'>
          label="Load balancer side (Edge)"
          value={node.side ?? ''}
          options={SIDE_OPTIONS}
          onChange={(side) => set({ side: side === '' ? undefined : side })}
          testId="inspector-lb-side"
          disabled={readOnly}
        />
      )}
      {fields.includes('ip') && (
        <IpField
          label={
            node.kind === 'hardware-load-balancer'
              ? 'Virtual IP address (VIP)'
              : node.kind === 'edge-server'
                ? 'Internal IP address'
                : 'IP address'
          }
          value={node.ip}
          onChange={(ip) => set({ ip })}
          testId="inspector-ip"
          disabled={readOnly}
        />
      )}
      {fields.includes('gatewayIp') && (
        <IpField
          label="Gateway-side IP address (second interface)"
          value={node.gatewayIp}
          onChange={(gatewayIp) => set({ gatewayIp })}
          testId="inspector-gateway-ip"
          disabled={readOnly}
        />
      )}
      {(fields.includes('externalFqdns') || fields.includes('externalIps')) && (
        <EdgeExternalFields
          node={node}
          set={set}
          readOnly={readOnly}
          fqdnDefaults={edgeFqdnDefaults}
          names={fields.includes('externalFqdns')}
          addresses={fields.includes('externalIps')}
        />
      )}
      {fields.includes('is64bit') && (
        <Checkbox
          label="64-bit hardware and OS"
          checked={is64bitOf(node, ocsVersion)}
          onChange={(is64bit) => set({ is64bit })}
          testId="inspector-64bit"
          disabled={readOnly}
        />
      )}
    </>
  );
}
