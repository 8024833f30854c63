using System.Runtime.Versioning;

// The agent reads /proc and signals processes through libc: it runs on Linux only.
[assembly: SupportedOSPlatform("linux")]
