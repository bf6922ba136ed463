#!/bin/busybox sh
# /init of the kernel lab's initramfs (see lab.mjs). Loads the virtio/9p/overlay modules,
# builds the guest's root: the host's / (9p, read-only) under a tmpfs overlay, with the repo
# (9p, read-write) mounted at its host path; then switches to it (switch_root, not chroot: the
# kernel refuses user namespaces to a chrooted process) and runs guest.sh as PID 1, which powers off.
# lab.mjs passes lab_repo, lab_run and lab_kernel on the kernel command line.

/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev

halt() {
  sync
  poweroff -f
  echo o >/proc/sysrq-trigger
  sleep 60
}

fail() {
  echo "kernel-lab init: $*"
  halt
}

for arg in $(cat /proc/cmdline); do
  case "$arg" in
    lab_repo=*) repo=${arg#*=} ;;
    lab_run=*) run=${arg#*=} ;;
    lab_kernel=*) kernel=${arg#*=} ;;
  esac
done
[ -n "$repo" ] && [ -n "$run" ] && [ -n "$kernel" ] || fail "lab_repo/lab_run/lab_kernel missing from the kernel command line"

while read -r ko; do
  insmod "/modules/$ko" || fail "insmod $ko failed"
done </modules/order

p9="trans=virtio,version=9p2000.L,msize=262144"
mkdir -p /host /rw /newroot
mount -t 9p -o "$p9,ro,cache=loose" hostroot /host || fail "cannot mount the host's root over 9p"
mount -t tmpfs -o mode=755 tmpfs /rw
mkdir -p /rw/upper /rw/work
mount -t overlay -o lowerdir=/host,upperdir=/rw/upper,workdir=/rw/work overlay /newroot || fail "cannot mount the overlay root"

mount -t proc proc /newroot/proc
mount -t sysfs sysfs /newroot/sys
mount -t devtmpfs devtmpfs /newroot/dev
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts devpts /newroot/dev/pts
mount -t tmpfs tmpfs /newroot/dev/shm
ln -sf /proc/self/fd /newroot/dev/fd
ln -sf /proc/self/fd/0 /newroot/dev/stdin
ln -sf /proc/self/fd/1 /newroot/dev/stdout
ln -sf /proc/self/fd/2 /newroot/dev/stderr
mount -t tmpfs tmpfs /newroot/tmp
mount -t tmpfs tmpfs /newroot/run

# The repo last, so that it may live anywhere, even under /tmp.
mkdir -p "/newroot$repo"
mount -t 9p -o "$p9,cache=loose" work "/newroot$repo" || fail "cannot mount the repo read-write over 9p"

# The kernel's modules (unpacked in the lab's cache), where modprobe and the kernel's module
# autoloader look for them; taken from the read-only export so that nothing can change them.
modules="/newroot/lib/modules/$(uname -r)"
mkdir -p "$modules"
mount --bind "/host$kernel/lib/modules/$(uname -r)" "$modules" || fail "cannot bind the kernel's modules"

stty -onlcr 2>/dev/null
# The kernel's module autoloader runs /sbin/modprobe of the new root from here on.
exec switch_root /newroot /bin/sh "$repo/tools/kernel-lab/guest.sh" "$repo" "$run"
fail "switch_root failed"
