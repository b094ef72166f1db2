/** The rule catalog (domain doc, section 3), in the doc's order. Adding a rule: one file here and its entry below. */
import type { RuleDefinition } from '../types';
import { eeBackendMissing, eeBackendMultiple } from './backEndCount';
import { eeBackendDedicated } from './backEndDedicated';
import { eeBackendLink } from './backEndLink';
import { eeBackendShared } from './backEndShared';
import { consolidatedHasDedicated } from './consolidatedHasDedicated';
import { expandedMissingDedicated, r2ExpandedCli } from './expandedPool';
import { expandedFeCollocation, expandedWebLb } from './expandedRoles';
import { eeFrontendMissing, eeSingleFe } from './frontEnds';
import { feNotIdentical } from './frontEndsIdentical';
import { eeLbMissing, lbSoftware } from './loadBalancers';
import { nameDuplicate, nameFqdn } from './names';
import { poolCapacityRule } from './poolCapacity';
import { poolMembership } from './poolMembership';
import { r2Is64bit, roleOnDc, sqlVersion } from './servers';
import { seExternalSql, seOutsideSePool } from './seServers';
import { seNoHa, seSingleServer, seUserLimit } from './standardPool';
// Part 2: zones, versions, the perimeter network and Directors.
import { directorHostsUsers, directorSeArray } from './directors';
import {
  edge2007Counterpart,
  edgeAvNat,
  edgeDirectorRecommended,
  edgeDirectorVip,
  edgeInternalHop,
  edgeNeedsAccess,
  edgeNeedsReverseProxy,
  edgeR2Services,
} from './edge';
import { edgeArrayIdentical, edgeArrayLb } from './edgeArrays';
import { rpTarget } from './reverseProxy';
import { versionKind, zonePlacement } from './zones';

export const RULES: readonly RuleDefinition[] = Object.freeze([
  seSingleServer,
  seUserLimit,
  seNoHa,
  seExternalSql,
  seOutsideSePool,
  eeBackendMissing,
  eeBackendMultiple,
  eeBackendDedicated,
  eeBackendShared,
  eeBackendLink,
  eeFrontendMissing,
  eeLbMissing,
  eeSingleFe,
  lbSoftware,
  feNotIdentical,
  consolidatedHasDedicated,
  expandedMissingDedicated,
  expandedFeCollocation,
  expandedWebLb,
  poolMembership,
  poolCapacityRule,
  sqlVersion,
  r2Is64bit,
  roleOnDc,
  nameFqdn,
  nameDuplicate,
  r2ExpandedCli,
  // Part 2: zones, versions, the perimeter network and Directors.
  zonePlacement,
  versionKind,
  edgeNeedsReverseProxy,
  edgeNeedsAccess,
  edgeInternalHop,
  edgeDirectorVip,
  edge2007Counterpart,
  edgeArrayLb,
  edgeArrayIdentical,
  edgeR2Services,
  edgeAvNat,
  edgeDirectorRecommended,
  rpTarget,
  directorSeArray,
  directorHostsUsers,
]);
