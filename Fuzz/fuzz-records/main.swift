import FuzzTargets

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { FuzzTarget.records.run(data, size) }
#else
FuzzTarget.records.replayArguments()
#endif
