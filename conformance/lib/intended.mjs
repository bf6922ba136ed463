/**
 * The intended differences between CPython's socket module and @sock that
 * apply to every scenario, each with its reason. This is the only place they
 * are listed; a scenario adds its own (label -> reason) for differences that
 * concern it alone.
 *
 * An error mapping says: where CPython raises `py`, @sock raising an error of
 * class `node.cls` with a `code` in `node.code` is the same outcome.
 */

const OUT_OF_RANGE = ['ERR_OUT_OF_RANGE'];
const ARG_VALUE = ['ERR_INVALID_ARG_VALUE'];
const ARG_TYPE = ['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE'];

export const errorMappings = [
  {
    id: 'range',
    py: ['ValueError', 'OverflowError'],
    node: { cls: ['RangeError'], code: OUT_OF_RANGE },
    reason:
      "Node-style argument errors (DESIGN.md 'Errors'): a number outside its range (negative size, port > 65535, " +
      'timeout < 0, CMSG_LEN(-1)) is a RangeError with code ERR_OUT_OF_RANGE, where Python raises ValueError or OverflowError',
  },
  {
    id: 'arg-value',
    py: ['ValueError', 'OverflowError'],
    node: { cls: ['TypeError'], code: ARG_VALUE },
    reason:
      'Node-style argument errors: a value of the right type that is not acceptable (inet_ntop of a 5-byte buffer, an unknown ' +
      'address family, a makefile mode) is a TypeError with code ERR_INVALID_ARG_VALUE, as Node itself raises it',
  },
  {
    id: 'arg-type',
    py: ['TypeError'],
    node: { cls: ['TypeError'], code: ARG_TYPE },
    reason: 'Node-style argument errors: the same class, with a Node code and a message naming the argument instead of CPython\'s text',
  },
  {
    id: 'fraction',
    py: ['TypeError'],
    node: { cls: ['RangeError'], code: OUT_OF_RANGE, msg: /must be an integer|Received -?\d+\.\d+$/ },
    reason:
      'JavaScript has one number type: where Python refuses a float for an int argument (TypeError), a fractional number is ' +
      "out of the integer range (RangeError ERR_OUT_OF_RANGE, as Node's own validateInteger does)",
  },
  {
    id: 'unicode',
    py: ['UnicodeEncodeError'],
    node: { cls: ['TypeError'], code: ARG_VALUE },
    reason: 'a lone surrogate Python cannot encode (UnicodeEncodeError) is an invalid argument value (TypeError ERR_INVALID_ARG_VALUE)',
  },
  {
    id: 'state',
    py: ['ValueError'],
    node: { cls: ['Error'], code: ['ERR_SOCKET_BAD_TYPE', 'ERR_SOCKET_NONBLOCKING', 'ERR_SOCKET_INVALID_STATE', 'ERR_SOCKET_BAD_MODE'] },
    reason:
      "an operation the socket's state or kind does not allow (sendfile on a non-blocking or datagram socket) is a coded Error, " +
      "as Node's own ERR_SOCKET_* errors are; Python uses ValueError",
  },
  {
    id: 'exception-group',
    py: ['ExceptionGroup'],
    node: { cls: ['AggregateError'] },
    inner: true,
    reason: "JavaScript's AggregateError stands for Python's ExceptionGroup (create_connection(all_errors=True)); the errors inside are compared",
  },
];

/**
 * Differences of state rather than of errors, listed here so that scenarios
 * can name them by id instead of repeating the reason.
 */
export const stateDifferences = {
  'o-nonblock':
    "@sock keeps every fd O_NONBLOCK internally and emulates blocking with poll() (DESIGN.md 'The native layer'); CPython clears " +
    'O_NONBLOCK in blocking mode. detach() restores the flag Python would leave, so only an fd read while @sock owns it differs',
  'cmsg-cloexec':
    'recvmsg always passes MSG_CMSG_CLOEXEC (core README): fds received are non-inheritable, where CPython leaves them inheritable',
  'sendfile-position':
    'sendfile takes an fd or FileHandle and never moves the file position (Node has no API for an fd position); CPython sets it to offset + sent',
  'makefile-streams': 'makefile returns Node streams, not Python file objects; only mode validation and the data that flows are compared',
  'async-form': 'the async form reports through a promise; its result is compared with the Sync form and CPython',
  'repr': "repr(sock) is Python's; @sock's toString() has the same fields in JavaScript notation",
};

/** The mapping that makes `pyErr` and `nodeErr` the same outcome, or undefined. */
export function findMapping(pyErr, nodeErr) {
  return errorMappings.find(
    (m) =>
      m.py.includes(pyErr.cls) &&
      m.node.cls.includes(nodeErr.cls) &&
      (!m.node.code || m.node.code.includes(nodeErr.code)) &&
      (!m.node.msg || m.node.msg.test(nodeErr.msg ?? '')),
  );
}
