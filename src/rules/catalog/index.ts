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
// Part 2: voice, archiving, monitoring, CWA, Group Chat, collocation and SQL.
import { archivingCapacity, archivingDb, archivingPool } from './archiving';
import { cwaArrayLb, cwaExternalRp, cwaNeedsPool } from './cwa';
import { groupChatComplianceDb, groupChatDb, groupChatMaxServers, groupChatNeedsPool } from './groupChat';
import { monitoringDb, monitoringOnePerPool } from './monitoring';
import { ocs2007Is32bit } from './ocs2007Bitness';
import { serverCollocation } from './serverCollocation';
import { beSharedInstance, sqlEdition } from './sqlEdition';
import { gatewayNeedsMediation, mediationGateway1to1, mediationNeedsGateway, mediationNextHop } from './voice';

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
  // Part 2: voice, archiving, monitoring, CWA, Group Chat, collocation and SQL.
  serverCollocation,
  sqlEdition,
  ocs2007Is32bit,
  mediationNextHop,
  mediationGateway1to1,
  gatewayNeedsMediation,
  mediationNeedsGateway,
  archivingDb,
  archivingPool,
  archivingCapacity,
  monitoringDb,
  monitoringOnePerPool,
  cwaNeedsPool,
  cwaArrayLb,
  cwaExternalRp,
  groupChatMaxServers,
  groupChatDb,
  groupChatComplianceDb,
  groupChatNeedsPool,
  beSharedInstance,
]);
