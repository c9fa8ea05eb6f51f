/** slurm.conf of the single-node test cluster (facts in ../shared/notes/slurm-on-one-machine.md). */
import { join } from 'node:path';

/** What the configuration names: the cluster's folder, host, ports, munge socket and daemons' files. */
export interface SlurmConfOptions {
  dir: string;
  host: string;
  cpus: number;
  ctldPort: number;
  slurmdPort: number;
  mungeSocket: string;
  ctld: { pidFile: string; logFile: string };
  slurmd: { pidFile: string; logFile: string };
}

/** The lines of slurm.conf for one node on the loopback interface, scheduling at once. */
export function slurmConf(o: SlurmConfOptions): string[] {
  return [
    '# Single-node test cluster written by test/slurm/cluster.ts',
    'ClusterName=ronghe-test',
    `SlurmctldHost=${o.host}(127.0.0.1)`,
    `SlurmctldPort=${o.ctldPort}`,
    `SlurmdPort=${o.slurmdPort}`,
    'SlurmUser=root',
    'SlurmdUser=root',
    'AuthType=auth/munge',
    'CredType=cred/munge',
    `AuthInfo=socket=${o.mungeSocket}`,
    'ProctrackType=proctrack/linuxproc',
    'TaskPlugin=task/none',
    'SelectType=select/cons_tres',
    'SelectTypeParameters=CR_Core',
    'AccountingStorageType=accounting_storage/none',
    'JobAcctGatherType=jobacct_gather/none',
    'JobCompType=jobcomp/none',
    'MpiDefault=none',
    'ReturnToService=2',
    'SchedulerParameters=batch_sched_delay=0,sched_min_interval=100000',
    // Keep finished jobs visible to scontrol for the whole test.
    'MinJobAge=3600',
    'KillWait=5',
    'MailProg=/bin/true',
    `PlugStackConfig=${join(o.dir, 'plugstack.conf')}`,
    `StateSaveLocation=${join(o.dir, 'state')}`,
    `SlurmdSpoolDir=${join(o.dir, 'spool')}`,
    `SlurmctldPidFile=${o.ctld.pidFile}`,
    `SlurmdPidFile=${o.slurmd.pidFile}`,
    `SlurmctldLogFile=${o.ctld.logFile}`,
    `SlurmdLogFile=${o.slurmd.logFile}`,
    `NodeName=${o.host} NodeAddr=127.0.0.1 CPUs=${o.cpus} State=UNKNOWN`,
    `PartitionName=test Nodes=${o.host} Default=YES MaxTime=INFINITE State=UP`,
  ];
}
