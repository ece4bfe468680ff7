"""Exception classes, one line each; the CLI turns them into friendly messages."""


class PolicyKBError(Exception):
    """Base class for every error policykb raises on purpose."""


class ConfigError(PolicyKBError):
    """A file in schema/ is missing or malformed."""


class ReadError(PolicyKBError):
    """A corpus file could not be read; the message says what to do."""


class EmptyDocumentError(ReadError):
    """The file holds no text (empty, or a scanned PDF without a text layer)."""


class UnsupportedFormatError(ReadError):
    """The file extension is not one policykb reads."""


class EncodingError(ReadError):
    """The bytes are not text in any encoding policykb recognises."""


class CorruptFileError(ReadError):
    """The file is damaged or truncated (download it again, or repair it in the program that made it)."""


class EncryptedError(ReadError):
    """The file is password-protected (remove the password and add it again)."""


class TooLargeError(ReadError):
    """The file holds far more text than any notice (raise the limit with --max-chars)."""


class OCRUnavailableError(ReadError):
    """A scan needs OCR, but Tesseract or its simplified-Chinese model is not installed."""
