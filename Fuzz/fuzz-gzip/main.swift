import FuzzTargets

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { FuzzTarget.gzip.run(data, size) }
#else
FuzzTarget.gzip.replayArguments()
#endif
