/** VMs the demo seeds (mocks/<provider>/seed.ts) that page tests open; one place, so a seed change is one edit. */
/** DBC task on node 58fb…, shut off: snapshots snap1 + snap-epoch90, disks vda + vdb, a 1000 GB data disk. */
export const DBC_CLOSED_VM = 'Ht5nC7xK1wQe8RfV3jMzUa';
/** 51idc database master (instance backups and its data disk's chains). */
export const IDC51_DB_VM = 'ins-DBMASTR';
/** ZStack db-mysql-主库: several trees on its system disk, one on its data disk. */
export const ZSTACK_DB_VM = '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b';
