/** Enterprise Voice: Mediation Server, media gateway, the PSTN. */
import type { KindDef } from './types';

export const VOICE_KINDS: readonly KindDef[] = [
  {
    kind: 'mediation-server',
    label: 'Mediation Server',
    description: 'Translates signalling and media between OCS and a media gateway or SIP trunk.',
    tag: 'MED',
    short: 'Mediation',
    namePrefix: 'med',
    // Two arrows, one each way.
    look: { icon: 'M4 8h14 M15 5l3 3-3 3 M20 16H6 M9 13l-3 3 3 3', light: '#0d9488', dark: '#5eead4' },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: true,
    poolMember: false,
    group: 'voice',
    fields: ['ip', 'gatewayIp', 'is64bit', 'collocated'],
    mayCollocate: [],
  },
  {
    kind: 'media-gateway',
    label: 'Media Gateway',
    description: 'Connects to the PSTN or a PBX: basic (needs a Mediation Server), basic-hybrid or advanced.',
    tag: 'GW',
    short: 'Media gateway',
    namePrefix: 'gw',
    // A box with a phone jack and lines.
    look: { icon: 'M3 6h18v12H3z M6.5 10h3v4h-3z M12 9h6 M12 12h6 M12 15h6', light: '#65a30d', dark: '#bef264' },
    zones: ['internal'],
    versions: ['2007', '2007-r2'],
    ocsRole: false,
    poolMember: false,
    group: 'voice',
    fields: ['gatewayType', 'ip'],
    defaults: () => ({ gatewayType: 'basic' }),
    mayCollocate: [],
  },
  {
    kind: 'pstn',
    label: 'PSTN / PBX',
    description: 'The public telephone network or a PBX, outside: a drawing element.',
    tag: 'PSTN',
    short: 'Telephone network',
    namePrefix: 'pstn',
    // A telephone handset.
    look: {
      icon: 'M5 4h3l2 5-2 1a11 11 0 0 0 6 6l1-2 5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
      light: '#57534e',
      dark: '#d6d3d1',
    },
    zones: ['external'],
    versions: ['2007', '2007-r2'],
    ocsRole: false,
    poolMember: false,
    group: 'voice',
    fields: [],
    mayCollocate: [],
  },
];
