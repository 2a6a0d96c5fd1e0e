// Each test starts a host with Kestrel, a fake Bot API and maybe a browser: one at a time on a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
