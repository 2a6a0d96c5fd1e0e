// The channel tests start hosts, a fake Bot API and a child process and measure timings: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
