"""Choose the user's language and install it for Qt (``tr()``) and for Qt-free code (i18n).

``install_language("system" | "en" | "de")`` loads ``stratplanner_<lang>.qm`` (built from
``resources/i18n/<lang>/*.ts`` by ``packaging/translations.py build`` and by the package
build) and Qt's own ``qtbase_<lang>.qm`` (the standard dialog buttons) into the running
QCoreApplication, creating one when there is none (the command line), and installs a
backend into ``stratplanner.i18n`` so charts, analysis and the PDF speak the same language,
with QLocale's numbers and dates. The GUI calls it at start-up with the language chosen in
Preferences (``AppSettings.language``); ``export pdf --language`` and ``screenshot
--language`` call it before they draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from stratplanner import i18n

#: What Preferences and ``--language`` accept: the system's language or one the app ships.
CHOICES = ("system", *i18n.LANGUAGES)
_ENGLISH_NAMES = {"en": "English", "de": "German"}  # for messages on the command line


class TranslationUnavailable(RuntimeError):
    """The chosen language's catalogue is not there (a checkout where it was never built)."""


def system_language() -> str:
    """The first of the system's UI languages the app ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return "en"


def resolve(choice: str) -> str:
    """ "system" -> the system's language; a shipped code -> itself; anything else -> "en"."""
    if choice == "system":
        return system_language()
    return choice if choice in i18n.LANGUAGES else "en"


def catalogue_file(language: str) -> str:
    """Where the app's compiled catalogue of ``language`` is (it may not exist yet)."""
    return str(i18n.CATALOGUE_DIR / f"stratplanner_{language}.qm")


@dataclass
class QtBackend:
    """i18n's backend over Qt: the loaded catalogues and the language's QLocale."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        # QTranslator.translate, not QCoreApplication.translate: it gives the form with %n
        # still in it, so the count is written with the language's digit grouping.
        result = ""
        for translator in reversed(self.translators):
            result = translator.translate(context, text, disambiguation, n) or ""
            if result:
                break
        if not result:
            result = i18n.DEFAULT_BACKEND.translate(context, text, disambiguation, -1)
        if n >= 0:
            result = result.replace("%n", self.format_number(n, None, True))
        return result

    def format_number(self, value: float, decimals: int | None, grouping: bool) -> str:
        locale = QLocale(self.locale)
        if not grouping:
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        if decimals is None and (isinstance(value, int) or float(value).is_integer()):
            return locale.toString(int(value))
        precision = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        return locale.toString(float(value), "f", precision if decimals is None else decimals)

    def format_date(self, day: date, pattern: str) -> str:
        qdate = QDate(day.year, day.month, day.day)
        if isinstance(day, datetime):
            moment = QDateTime(qdate, QTime(day.hour, day.minute, day.second))
            return self.locale.toString(moment, pattern)
        return self.locale.toString(qdate, pattern)


@dataclass
class _Installed:
    app: QCoreApplication | None = None  # one made here for the command line: kept alive
    translators: list[QTranslator] = field(default_factory=list)
    default_locale: QLocale | None = None  # QLocale's default before the first install
    choice: str | None = None  # what install_language was given ("system", "en", "de")


_installed = _Installed()


def uninstall() -> None:
    """Back to English everywhere (the catalogues removed, i18n's default backend)."""
    app = QCoreApplication.instance()
    for translator in _installed.translators:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.translators.clear()
    _installed.choice = None
    if _installed.default_locale is not None:
        QLocale.setDefault(_installed.default_locale)
    i18n.install_backend(None)


def install_language(choice: str = "system") -> str:
    """Install the language ``choice`` names for Qt and i18n; returns the code in use.

    Raises TranslationUnavailable (and changes nothing) when a language other than English
    is chosen and its compiled catalogue is missing; English needs none (it is the source
    language; its catalogue holds only plural forms)."""
    language = resolve(choice)
    if QCoreApplication.instance() is None:
        _installed.app = QCoreApplication(["stratplanner"])
    own = QTranslator()
    if not own.load(catalogue_file(language)) and language != "en":
        raise TranslationUnavailable(
            f"The {_ENGLISH_NAMES.get(language, language)} catalogue "
            f"({catalogue_file(language)}) is not built; run "
            "'python packaging/translations.py build' or reinstall StratPlanner."
        )
    translators: list[QTranslator] = []
    qt_own = QTranslator()  # Qt's standard buttons and dialogs ("OK", "Cancel")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_own)
    if not own.isEmpty():
        translators.append(own)  # installed last, so searched first
    uninstall()
    if _installed.default_locale is None:
        _installed.default_locale = QLocale()
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _installed.translators = translators
    _installed.choice = choice

    locale = QLocale(language)
    if choice != "system":  # "system" keeps the system's own number and date settings
        QLocale.setDefault(locale)
    if language == "en":
        i18n.install_backend(None)  # today's English formats, plural forms from en/*.ts
    else:
        i18n.install_backend(QtBackend(language, locale, list(translators)))
    return language


def installed_choice() -> str | None:
    """The choice the running app was started in (None: nothing installed, English)."""
    return _installed.choice
