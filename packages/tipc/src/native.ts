/**
 * The typed surface of the addon (native/tipc.cc): constants and struct
 * layouts only. All socket I/O goes through @sock/core.
 */
import { loadAddon, type StructLayout } from '@sock/core/family';

export interface TipcLayout {
  /** struct sockaddr_tipc; absent where the platform has no <linux/tipc.h>. */
  readonly sockaddrTipc?: StructLayout<
    'family' | 'addrtype' | 'scope' | 'idRef' | 'idNode' | 'seqType' | 'seqLower' | 'seqUpper' | 'nameType' | 'nameInstance' | 'nameDomain'
  >;
  /** struct tipc_subscr: the range, timeout, filter and the 8 bytes of usr_handle. */
  readonly tipcSubscr?: StructLayout<'type' | 'lower' | 'upper' | 'timeout' | 'filter' | 'usrHandle'>;
  /** struct tipc_event: the event, the found range, the publishing socket and the subscription it answers. */
  readonly tipcEvent?: StructLayout<'event' | 'foundLower' | 'foundUpper' | 'portRef' | 'portNode' | 's'>;
  /** struct tipc_group_req, the value of TIPC_GROUP_JOIN. */
  readonly tipcGroupReq?: StructLayout<'type' | 'instance' | 'scope' | 'flags'>;
}

export interface TipcBinding {
  /** The constants of constants.def this platform defines; a name it lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: TipcLayout;
}

export const addon: TipcBinding = loadAddon<TipcBinding>('@sock/tipc', import.meta.url);
