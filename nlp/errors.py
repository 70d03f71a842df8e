"""The exception types a user can cause; their messages are Chinese and shown as is."""


class InputError(Exception):
    """Bad input from the user (unreadable file, bad option); ``str(err)`` is the Chinese message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(Exception):
    """An import the person stopped (the 取消 button, Ctrl-C): nothing of the file being read is stored."""
