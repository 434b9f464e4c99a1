import FuzzTargets

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { FuzzTarget.warc.run(data, size) }
#else
FuzzTarget.warc.replayArguments()
#endif
