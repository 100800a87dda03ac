package vm

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// assertSite names a single-result type assertion on a Value's object
// (x.o.(*T)): its file, its function (Recv.Name for methods) and its text.
type assertSite struct{ file, fn, expr string }

// safeAsserts lists the single-result assertions x.o.(*T) in package vm
// that no script can make fail, each with the reason. A value a script
// chooses must be checked with the comma-ok form (or a type switch) and
// a TypeError raised, as CPython does; an unchecked assertion on it ends
// the run with "pyjit internal error".
var safeAsserts = map[assertSite]string{
	{"collectionsmod.go", "dequeSelf", `unwrap(v).o.(*Deque)`}:                                                  "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"collectionsmod.go", "initDequeType", `args[0].o.(*Type)`}:                                                 "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"collectionsmod.go", "initDequeIterTypes", `self.o.(*dequeIter)`}:                                          "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"collectionsmod.go", "initTupleGetterType", `v.o.(*tupleGetter)`}:                                          "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"collectionsmod.go", "initDefaultDictType", `dictInit.o.(*MethodDescriptor)`}:                              "dict's __init__, installed by method()",
	{"sremod.go", "sreFindall", `self.o.(*SREPattern)`}:                                                         "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sremod.go", "sreFinditer", `self.o.(*SREPattern)`}:                                                        "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sremod.go", "sreMatchCall", `self.o.(*SREPattern)`}:                                                       "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sremod.go", "sreScannerCall", `self.o.(*SREPattern)`}:                                                     "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sremod.go", "sreSplit", `self.o.(*SREPattern)`}:                                                           "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sremod.go", "sreSubCall", `self.o.(*SREPattern)`}:                                                         "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sretypes.go", "initSREMatch", `v.o.(*SREMatch)`}:                                                          "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sretypes.go", "initSREPattern", `self.o.(*SREPattern)`}:                                                   "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sretypes.go", "initSREPattern", `v.o.(*SREPattern)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sretypes.go", "initSREScanner", `v.o.(*SREScanner)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"contextvars.go", "initContextVarType", `v.o.(*ContextVar)`}:                                               "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"contextvars.go", "initContextTokenType", `v.o.(*ContextToken)`}:                                           "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"contextvars.go", "initContextType", `v.o.(*Context)`}:                                                     "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"csvmod.go", "dialectSelf", `unwrap(v).o.(*csvDialect)`}:                                                   "self of a method or getset of Dialect: the self check proved it an instance, subclasses hold the value in base",
	{"csvmod.go", "csvDialectNew", `args[0].o.(*Type)`}:                                                         "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"csvmod.go", "initCSVTypes", `self.o.(*csvReader)`}:                                                        "self of a method or getset of a final type (reader): the descriptor checks self's type",
	{"csvmod.go", "initCSVTypes", `self.o.(*csvWriter)`}:                                                        "self of a method or getset of a final type (writer): the descriptor checks self's type",
	{"pyexpatmod.go", "expatSelf", `v.o.(*expatParser)`}:                                                        "self of a method or getset of a final type (xmlparser): the descriptor checks self's type",
	{"structmod.go", "structSelf", `unwrap(v).o.(*structObj)`}:                                                  "self of a method or getset of Struct: the self check proved it an instance, subclasses hold the value in base",
	{"structmod.go", "initStructTypes", `args[0].o.(*Type)`}:                                                    "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"structmod.go", "initStructTypes", `self.o.(*unpackIter)`}:                                                 "self of a method of a final type (unpack_iterator): the descriptor checks self's type",
	{"arraymod.go", "arraySelf", `unwrap(v).o.(*Array)`}:                                                        "self of a method or getset of array: the self check proved it an instance, subclasses hold the value in base",
	{"arraymod.go", "initArrayIterType", `self.o.(*arrayIter)`}:                                                 "self of a method of a final type (arrayiterator): the descriptor checks self's type",
	{"arraymod.go", "initArrayType", `args[0].o.(*Type)`}:                                                       "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"lsprofmod.go", "initLsprofTypes", `args[0].o.(*Type)`}:                                                    "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"hashlibmod.go", "newHashType", `v.o.(*hashObject)`}:                                                       "self of a method or getset of a final hash type: the descriptor checks self's type",
	{"zlibmod.go", "initZlibTypes", `v.o.(*zlibCompress)`}:                                                      "self of a method of a final type (Compress): the descriptor checks self's type",
	{"zlibmod.go", "initZlibTypes", `v.o.(*zlibDecompress)`}:                                                    "self of a method or getset of a final type (Decompress): the descriptor checks self's type",
	{"bytearray.go", "bytearrayMethods", `unwrap(v).o.(*Bytes)`}:                                                "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"operatormod.go", "Thread.Abs", `v.o.(*BigInt)`}:                                                           "inside the *BigInt case of a type switch on v.o",
	{"operatormod.go", "initAttrGetterType", `v.o.(*attrGetter)`}:                                               "self of a method of a final type: the descriptor checks self's type",
	{"operatormod.go", "initItemGetterType", `v.o.(*itemGetter)`}:                                               "self of a method of a final type: the descriptor checks self's type",
	{"operatormod.go", "initMethodCallerType", `v.o.(*methodCaller)`}:                                           "self of a method of a final type: the descriptor checks self's type",
	{"functoolsmod.go", "partialSelf", `unwrap(v).o.(*Partial)`}:                                                "self of a method or getset of partial: the self check proved it an instance, subclasses hold the value in base",
	{"functoolsmod.go", "partialNew", `args[0].o.(*Type)`}:                                                      "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"functoolsmod.go", "initKeyWrapperType", `v.o.(*keyWrapper)`}:                                              "self of a method or getset of a final type: the descriptor checks self's type",
	{"lrucache.go", "initLRUCacheType", `v.o.(*lruCache)`}:                                                      "self of a method or getset of a final type: the descriptor checks self's type",
	{"lrucache.go", "lruCache.call", `found.o.(*lruLink)`}:                                                      "a bounded cache's private dict holds only its links",
	{"class.go", "superNew", `f.fast[f.code.FreeStart+i].o.(*Cell)`}:                                            "free-variable slots of a frame always hold cells",
	{"containers.go", "dictSelf", `unwrap(v).o.(*Dict)`}:                                                        "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"complex.go", "complexNew", `args[0].o.(*Type)`}:                                                           "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"complex.go", "complexSelf", `unwrap(self).o.(*Complex)`}:                                                  "self of a method or attribute of complex: the self check proved it an instance, subclasses hold the value in base",
	{"containers.go", "initBytes", `args[0].o.(*Type)`}:                                                         "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"containers.go", "initBytes", `unwrap(self).o.(*Bytes)`}:                                                   "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"containers.go", "initDict", `args[0].o.(*Type)`}:                                                          "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"containers.go", "initDict", `self.o.(*DictView)`}:                                                         "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"containers.go", "initList", `args[0].o.(*Type)`}:                                                          "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"containers.go", "initList", `t.Dict.mustGet("append").o.(*MethodDescriptor)`}:                             "runs at start-up on the method just registered",
	{"containers.go", "initRangeSlice", `self.o.(*Range)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"containers.go", "initRangeSlice", `self.o.(*Slice)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"containers.go", "initRangeSlice", `v.o.(*Range)`}:                                                         "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"containers.go", "initRangeSlice", `v.o.(*Slice)`}:                                                         "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"containers.go", "initSet", `args[0].o.(*Type)`}:                                                           "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"containers.go", "initSet", `r.o.(*Set)`}:                                                                  "setBinary of two sets returns a set",
	{"containers.go", "initTuple", `args[0].o.(*Type)`}:                                                         "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"containers.go", "listSelf", `unwrap(v).o.(*List)`}:                                                        "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"containers.go", "setMulti", `r.o.(*Set)`}:                                                                 "setBinary of two sets returns a set",
	{"containers.go", "Thread.setIntersect", `r.o.(*Set)`}:                                                      "setBinary of two sets returns a set",
	{"containers.go", "setSelf", `unwrap(v).o.(*Set)`}:                                                          "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"containers.go", "tupleSelf", `unwrap(v).o.(*Tuple)`}:                                                      "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"convert.go", "dictToGo", `k.o.(*Str)`}:                                                                    "reached only when every key was found to be a str",
	{"excmethods.go", "Thread.egMatch", `g.o.(*Exception)`}:                                                     "the result of calling BaseExceptionGroup itself",
	{"excmethods.go", "Thread.egSplitBy", `sub.o.(*Exception)`}:                                                 "a group's exceptions were checked when it was made and cannot be replaced",
	{"excmethods.go", "collectLeaves", `sub.o.(*Exception)`}:                                                    "a group's exceptions were checked when it was made and cannot be replaced",
	{"excmethods.go", "Thread.prepReraiseStar", `listV.o.(*List)`}:                                              "the list built by the compiler's except* code",
	{"excmethods.go", "Thread.prepReraiseStar", `orig.o.(*Exception)`}:                                          "the exception being handled, pushed by the runtime",
	{"excmethods.go", "excSelf", `v.o.(*Exception)`}:                                                            "self of a method or getset of BaseException: instances of exception classes are *Exception",
	{"excmethods.go", "initExceptionGroups", `args[0].o.(*Type)`}:                                               "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"excmethods.go", "initExceptionGroups", `v.o.(*Exception)`}:                                                "self of a method or getset of BaseException: instances of exception classes are *Exception",
	{"excmethods.go", "Thread.newExcInstance", `v.o.(*Exception)`}:                                              "allocInstance of a subtype of BaseException makes an *Exception",
	{"excmethods.go", "shareExceptionInit", `BaseExceptionType.Dict.mustGet("__init__").o.(*MethodDescriptor)`}: "BaseException.__init__, installed by method()",
	{"excmethods.go", "shareExceptionInit", `v.o.(*MethodDescriptor)`}:                                          "the __init__ of a builtin exception type, installed by method()",
	{"excmethods.go", "addObjectAttrSlots", `ObjectType.Dict.mustGet(name).o.(*MethodDescriptor)`}:              "object's attribute slots, installed by method()",
	{"excos.go", "initSyntaxErrorMethods", `unwrap(fn).o.(*Str)`}:                                               "checked just before to be an instance of str",
	{"functypes.go", "initFunctionTypes", `self.o.(*MethodDescriptor)`}:                                         "self of a method of a final type (method_descriptor): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `self.o.(*GetSetDescriptor)`}:                                         "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `v.o.(*Builtin)`}:                                                     "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"celltype.go", "initCellType", `v.o.(*Cell)`}:                                                              "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"celltype.go", "initCellType", `self.o.(*Cell)`}:                                                           "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `v.o.(*CodeObj)`}:                                                     "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"codepos.go", "initCodePositions", `v.o.(*CodeObj)`}:                                                       "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"frame.go", "initFrameType", `v.o.(*FrameObj)`}:                                                            "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"frame.go", "initTracebackType", `v.o.(*Traceback)`}:                                                       "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `v.o.(*Function)`}:                                                    "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `v.o.(*GetSetDescriptor)`}:                                            "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `v.o.(*Method)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initFunctionTypes", `v.o.(*MethodDescriptor)`}:                                            "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initGenerators", `self.o.(*Generator)`}:                                                   "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initGenerators", `v.o.(*Generator)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"asyncgen.go", "genNameGetSets", `v.o.(*Generator)`}:                                                       "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"asyncgen.go", "initAsyncGenerators", `v.o.(*Generator)`}:                                                  "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"asyncgen.go", "initAsyncGenAwaitables", `v.o.(*asyncGenASend)`}:                                           "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"asyncgen.go", "initAsyncGenAwaitables", `v.o.(*asyncGenAThrow)`}:                                          "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initProperty", `args[0].o.(*Type)`}:                                                       "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"functypes.go", "initSuperAndProxy", `unwrap(self).o.(*Super)`}:                                            "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"functypes.go", "initSuperAndProxy", `v.o.(*MappingProxy)`}:                                                "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"functypes.go", "initSuperAndProxy", `unwrap(v).o.(*Super)`}:                                               "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"functypes.go", "unwrapProperty", `unwrap(v).o.(*Property)`}:                                               "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"genericalias.go", "initGenericAlias", `unwrap(v).o.(*GenericAlias)`}:                                      "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"genericalias.go", "initGAIterType", `v.o.(*gaIter)`}:                                                      "self of a method of a final type: the descriptor checks self's type",
	{"genericalias.go", "initGenericAlias", `args[0].o.(*Type)`}:                                                "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"genericalias.go", "initUnionType", `self.o.(*UnionType)`}:                                                 "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"genericalias.go", "initUnionType", `v.o.(*UnionType)`}:                                                    "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"interp.go", "Thread.excMatches", `excV.o.(*Exception)`}:                                                   "the exception being handled, pushed by the runtime",
	{"interp.go", "Thread.excMatches", `x.o.(*Type)`}:                                                           "evaluated only after a comma-ok assertion on the same value succeeded",
	{"interp.go", "Thread.runLoop", `c.o.(*Cell)`}:                                                              "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `c.value.o.(*Function)`}:                                                    "the inline cache holds this kind; the specialized form guarded on it",
	{"interp.go", "Thread.runLoop", `c.value.o.(*GetSetDescriptor)`}:                                            "the inline cache holds this kind: LOAD_ATTR_GETSET is made only with a getset descriptor in it",
	{"interp.go", "Thread.runLoop", `callee.o.(*Builtin)`}:                                                      "the inline cache holds this kind; the specialized form guarded on it",
	{"interp.go", "Thread.runLoop", `callee.o.(*Type)`}:                                                         "the inline cache holds this kind; the specialized form guarded on it",
	{"interp.go", "Thread.runLoop", `fast[in.Arg()].o.(*Cell)`}:                                                 "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[slot].o.(*Cell)`}:                                                     "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp-1].o.(*CodeObj)`}:                                                  "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp-1].o.(*Exception)`}:                                                "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp-1].o.(*List)`}:                                                     "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp-in.Arg()].o.(*Dict)`}:                                              "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp-in.Arg()].o.(*List)`}:                                              "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp-in.Arg()].o.(*Set)`}:                                               "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp].o.(*Dict)`}:                                                       "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp].o.(*Exception)`}:                                                  "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp].o.(*Str)`}:                                                        "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `fast[sp].o.(*Tuple)`}:                                                      "the compiler's stack discipline: the instruction's operand was pushed as this kind by the runtime",
	{"interp.go", "Thread.runLoop", `unwrap(v).o.(*Str)`}:                                                       "BUILD_STRING's pieces are str constants or FORMAT_VALUE's results, which formatObject checked are strs",
	{"bytesiter.go", "initMemoryIterType", `self.o.(*memoryIter)`}:                                              "self of a method of a final type: the descriptor checks self's type",
	{"memoryview.go", "initMemoryView", `self.o.(*MemoryView)`}:                                                 "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"numtypes.go", "floatNew", `args[0].o.(*Type)`}:                                                            "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"numtypes.go", "intNew", `args[0].o.(*Type)`}:                                                              "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"objecttype.go", "initObjectType", `self.o.(*Type)`}:                                                       "self of a method or getset of type (or of a classmethod): instances of metaclasses are *Type too",
	{"objecttype.go", "initTypeType", `v.o.(*Type)`}:                                                            "self of a method or getset of type (or of a classmethod): instances of metaclasses are *Type too",
	{"ops.go", "Thread.binaryRest", `a.o.(*Builtin)`}:                                                           "guarded by the type check on a's type just before",
	{"specialize.go", "specializeInstanceOperator", `a.o.(*Instance)`}:                                          "its callers call it only for an instance",
	{"interp.go", "Thread.runLoop", `fast[base+1].o.(*Type)`}:                                                   "a returnNew frame returns to the CALL_PY_NEW that checked the class below its arguments, which nothing else can reach",
	{"ops.go", "Thread.unaryOp", `v.o.(*BigInt)`}:                                                               "inside the *BigInt case of a type switch on v.o",
	{"stringio.go", "initStringIO", `args[0].o.(*Type)`}:                                                        "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"stringio.go", "sioSelf", `unwrap(v).o.(*StringIO)`}:                                                       "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"bytesio.go", "initBytesIO", `args[0].o.(*Type)`}:                                                          "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"fileio.go", "initFileIO", `args[0].o.(*Type)`}:                                                            "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"fileio.go", "fioSelf", `unwrap(v).o.(*FileIO)`}:                                                           "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"bufferedio.go", "bufSelf", `unwrap(v).o.(*Buffered)`}:                                                     "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"bufferedio.go", "newBufferedType", `args[0].o.(*Type)`}:                                                   "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"bufferedio.go", "newRWPairType", `unwrap(v).o.(*BufferedRWPair)`}:                                         "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"bufferedio.go", "newRWPairType", `args[0].o.(*Type)`}:                                                     "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"textdecoders.go", "initNLDecoderType", `unwrap(v).o.(*NLDecoder)`}:                                        "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"textdecoders.go", "initNLDecoderType", `unwrap(s).o.(*NLDecoder)`}:                                        "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"textdecoders.go", "initNLDecoderType", `args[0].o.(*Type)`}:                                               "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"textio.go", "txtSelf", `unwrap(v).o.(*TextIO)`}:                                                           "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"textio.go", "initTextIOWrapperType", `args[0].o.(*Type)`}:                                                 "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"bytesio.go", "bioSelf", `unwrap(v).o.(*BytesIO)`}:                                                         "self of a method or getset of the type: the self check proved it an instance, subclasses hold the value in base",
	{"posixdir.go", "initDirEntryType", `v.o.(*DirEntry)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"posixdir.go", "initScandirIterType", `v.o.(*ScandirIter)`}:                                                "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"randommod.go", "makeRandomModule", `args[0].o.(*Type)`}:                                                   "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"randommod.go", "makeRandomModule", `unwrap(v).o.(*RandomState)`}:                                          "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"strtype.go", "strFormatter.build", `unwrap(r).o.(*Str)`}:                                                  "formatValue checks that __format__ returned a str",
	{"strtype.go", "strFormatter.build", `unwrap(expanded).o.(*Str)`}:                                           "build returns a str, or the str it was given",
	{"format.go", "Thread.Format", `unwrap(r).o.(*Str)`}:                                                        "formatObject checks that __format__ returned a str",
	{"strtype.go", "strJoin", `unwrap(it).o.(*Str)`}:                                                            "items were checked to be str (or subclasses) above",
	{"strtype.go", "strNew", `args[0].o.(*Type)`}:                                                               "tp_new wrapper: checkNew proved args[0] a subtype of the owner",
	{"strtype.go", "strSelf", `unwrap(v).o.(*Str)`}:                                                             "self of a method of the type: the self check proved it an instance, subclasses hold the value in base",
	{"sysmod.go", "newTextStreamType", `self.o.(*TextStream)`}:                                                  "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"sysmod.go", "newTextStreamType", `v.o.(*TextStream)`}:                                                     "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"stdbuffer.go", "newStdBufferType", `self.o.(*StdBuffer)`}:                                                 "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"stdbuffer.go", "newStdBufferType", `v.o.(*StdBuffer)`}:                                                    "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"stdin.go", "textStreamReading", `self.o.(*TextStream)`}:                                                   "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"stdin.go", "textStreamReading", `v.o.(*TextStream)`}:                                                      "self of a method or getset of a final type (or one without constructible subclasses): the descriptor checks self's type",
	{"stdin.go", "textStreamReading", `line.o.(*Str)`}:                                                          "readStdinLine returns a str or an error",
}

// TestNoUncheckedTypeAssertions fails when package vm has a single-result
// type assertion on a Value's object that safeAsserts does not list.
func TestNoUncheckedTypeAssertions(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	seen := map[assertSite]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn := fd.Name.Name
			if fd.Recv != nil {
				var b bytes.Buffer
				printer.Fprint(&b, fset, fd.Recv.List[0].Type)
				fn = strings.TrimPrefix(b.String(), "*") + "." + fn
			}
			commaOK := map[*ast.TypeAssertExpr]bool{}
			ast.Inspect(fd, func(n ast.Node) bool {
				switch s := n.(type) {
				case *ast.AssignStmt:
					if len(s.Lhs) == 2 && len(s.Rhs) == 1 {
						if ta, ok := s.Rhs[0].(*ast.TypeAssertExpr); ok {
							commaOK[ta] = true
						}
					}
				case *ast.ValueSpec:
					if len(s.Names) == 2 && len(s.Values) == 1 {
						if ta, ok := s.Values[0].(*ast.TypeAssertExpr); ok {
							commaOK[ta] = true
						}
					}
				}
				return true
			})
			ast.Inspect(fd, func(n ast.Node) bool {
				ta, ok := n.(*ast.TypeAssertExpr)
				if !ok || ta.Type == nil || commaOK[ta] {
					return true
				}
				if sel, ok := ta.X.(*ast.SelectorExpr); !ok || sel.Sel.Name != "o" {
					return true
				}
				var b bytes.Buffer
				printer.Fprint(&b, fset, ta)
				site := assertSite{name, fn, b.String()}
				seen[site] = true
				if _, ok := safeAsserts[site]; !ok {
					t.Errorf("%s: unchecked type assertion %s in %s: check it (comma-ok, raise TypeError) or list it in safeAsserts with the reason no script can make it fail",
						fset.Position(ta.Pos()), site.expr, fn)
				}
				return true
			})
		}
	}
	for site := range safeAsserts {
		if !seen[site] {
			t.Errorf("safeAsserts lists %v, which is no longer in the code", site)
		}
	}
}
