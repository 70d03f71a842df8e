"""The one exception type a user can cause; its message is Chinese and shown as is."""


class InputError(Exception):
    """Bad input from the user (unreadable file, bad option); ``str(err)`` is the Chinese message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
