"""A phone's browser (Debian's headless Chromium) joins and votes against the real server.

Everything runs on 127.0.0.1. Selenium Manager is never asked to download a
driver: the binary and chromedriver paths are given and SE_OFFLINE is set.
Screenshots go to docs/screenshots only with STRATPLANNER_SCREENSHOTS=1.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stratplanner.workshop import WorkshopServer
from test_workshop_server import FakeBox

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}

OPTIONS = [
    {"code": "CRM", "title": "Customer 360 CRM", "cost": "120000", "start": "2027-Q1",
     "end": "2027-Q3", "score": 7.5},
    {"code": "ERP", "title": "ERP upgrade to the cloud edition", "cost": "300000",
     "start": "2027-Q2", "end": "2028-Q1", "score": 6.0},
    {"code": "DWH", "title": "Data platform", "cost": "180000", "start": "2027-Q3",
     "end": "2028-Q2", "score": 5.2},
    {"code": "SEC", "title": "Zero-trust network", "cost": "90000", "start": "2027-Q1",
     "end": "2027-Q4", "score": 8.1},
]  # fmt: skip


def _browser_missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).is_file() and os.access(path, os.X_OK)):
            return f"{path} is not installed"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    return None


@pytest.fixture
def driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"The phone-page browser test must run on CI, but {missing}.")
        pytest.skip(missing)
    monkeypatch.setenv("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-extensions",
        "--disable-default-apps",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        f"--window-size={PHONE['width']},{PHONE['height']}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        browser.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {**PHONE, "deviceScaleFactor": 2, "mobile": True},
        )
        browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


@pytest.fixture
def box() -> FakeBox:
    fake = FakeBox()
    with fake.lock:
        fake.state["options"] = json.loads(json.dumps(OPTIONS))
        fake.state["question"] = "Which items should we fund next year?"
        fake.state["timer_ends_at"] = None
    return fake


@pytest.fixture
def server(box: FakeBox) -> Iterator[WorkshopServer]:
    room = WorkshopServer(box, "127.0.0.1")
    room.start()
    yield room
    room.stop()


def _screenshot(browser: Any, name: str) -> None:
    if os.environ.get("STRATPLANNER_SCREENSHOTS") != "1":
        return
    browser.execute_script("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    Path(SCREENSHOTS / f"workshop-phone-{name}.png").write_bytes(browser.get_screenshot_as_png())


def _button(browser: Any, text: str, within: Any = None) -> Any:
    from selenium.webdriver.common.by import By

    scope = within or browser
    for button in scope.find_elements(By.TAG_NAME, "button"):
        if button.text.strip() == text:
            return button
    raise AssertionError(f'No button "{text}" on the page')


def _option_card(browser: Any, code: str) -> Any:
    from selenium.webdriver.common.by import By

    for card in browser.find_elements(By.CSS_SELECTOR, ".option"):
        if card.find_element(By.CSS_SELECTOR, ".code").text == code:
            return card
    raise AssertionError(f"No option {code} on the page")


def _tap(browser: Any, element: Any) -> None:
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def test_phone_joins_and_votes_in_two_methods(
    driver: Any, server: WorkshopServer, box: FakeBox
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, 20)

    def heading() -> str:
        return str(
            driver.execute_script(
                "const h = document.querySelector('h1'); return h ? h.textContent : ''"
            )
        )

    driver.get(server.join_url)
    wait.until(lambda _: heading() == "Who are you?")
    assert driver.current_url == server.room_url  # the token left the address bar
    _screenshot(driver, "join")

    _tap(driver, driver.find_element(By.XPATH, "//button[.//span[text()='Ada Lovelace']]"))
    wait.until(lambda _: heading() == "Hello, Ada Lovelace")
    wait.until(lambda _: server.pending())
    (request,) = server.pending()
    assert request["key"] == "P1"
    server.admit_request(request["id"]).result(timeout=10)

    # Dots: two on the CRM, one on the data platform.
    wait.until(lambda _: heading() == "Which items should we fund next year?")
    _tap(driver, _button(driver, "+", _option_card(driver, "CRM")))
    _tap(driver, _button(driver, "+", _option_card(driver, "CRM")))
    _tap(driver, _button(driver, "+", _option_card(driver, "DWH")))
    assert driver.find_element(By.CSS_SELECTOR, ".tally").text == "2 dots left of 5"
    _screenshot(driver, "dots")
    _tap(driver, _button(driver, "Submit my vote"))
    wait.until(lambda _: driver.find_elements(By.CSS_SELECTOR, ".stored"))
    assert box.casts == [("P1", {"CRM": 2, "DWH": 1}, False)]

    # The facilitator switches to a MoSCoW round.
    with box.lock:
        box.state.update(round="R2", method="moscow", question="Rate each item for 2027")
    server.notify_changed()
    wait.until(lambda _: heading() == "Rate each item for 2027")
    _tap(driver, _button(driver, "Must", _option_card(driver, "SEC")))
    _tap(driver, _button(driver, "Should", _option_card(driver, "CRM")))
    _tap(driver, _button(driver, "Won't", _option_card(driver, "ERP")))
    _screenshot(driver, "moscow")
    _tap(driver, _button(driver, "Submit my vote"))
    wait.until(lambda _: len(box.casts) == 2)
    assert box.casts[1] == ("P1", {"SEC": "must", "CRM": "should", "ERP": "wont"}, False)
    wait.until(lambda _: "Must: Zero-trust network" in driver.page_source)

    assert box.casts == [
        ("P1", {"CRM": 2, "DWH": 1}, False),
        ("P1", {"SEC": "must", "CRM": "should", "ERP": "wont"}, False),
    ]
    footer = driver.find_element(By.CSS_SELECTOR, ".footer").text
    assert "Plain HTTP" in footer
    problems = [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE" or "Content Security Policy" in entry["message"]
    ]
    assert [p for p in problems if "favicon" not in p] == []


def test_a_phone_votes_into_the_plan_through_the_qr_link(driver: Any, sample_plan: Path) -> None:
    """The real thing: the plan behind the page, two methods, the results read from the plan."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from stratplanner.analysis.workshop_outcome import round_outcome
    from stratplanner.commands.workshop import (
        AddParticipant,
        CreateRound,
        CreateWorkshop,
        SetRoundState,
    )
    from stratplanner.snapshot import snapshot_of
    from stratplanner.store import open_plan
    from stratplanner.workshop.plan_box import PlanBallotBox

    doc = open_plan(sample_plan)
    try:
        doc.execute(CreateWorkshop("Q1", "Q1 offsite"))
        workshop_id = snapshot_of(doc).workshop_by_code["Q1"].id
        doc.execute(AddParticipant(workshop_id, person="mellison"))
        dots = CreateRound(
            workshop_id,
            "R1",
            "Where should the money go?",
            "dots",
            ["IAM-SSO", "DC-EXIT", "POS-REFRESH"],
            dots=3,
        )
        moscow = CreateRound(workshop_id, "R2", "This year?", "moscow", ["IAM-SSO", "DC-EXIT"])
        doc.execute(dots)
        doc.execute(moscow)
        doc.execute(SetRoundState(dots.round_id, "open"))
        box = PlanBallotBox(lambda: snapshot_of(doc), doc.execute, "Q1", "R1")
        room = WorkshopServer(box, "127.0.0.1", auto_admit_registered=True)
        room.start()
        try:
            wait = WebDriverWait(driver, 20)

            def heading() -> str:
                return str(driver.execute_script(
                    "const h = document.querySelector('h1'); return h ? h.textContent : ''"
                ))  # fmt: skip

            driver.get(room.join_url)
            wait.until(lambda _: heading() == "Who are you?")
            _tap(driver, driver.find_element(
                By.XPATH, "//button[.//span[text()='Margaret Ellison']]"
            ))  # fmt: skip
            wait.until(lambda _: heading() == "Where should the money go?")
            assert "Identity modernisation" in driver.page_source  # titles from the plan
            _tap(driver, _button(driver, "+", _option_card(driver, "IAM-SSO")))
            _tap(driver, _button(driver, "+", _option_card(driver, "IAM-SSO")))
            _tap(driver, _button(driver, "+", _option_card(driver, "DC-EXIT")))
            _tap(driver, _button(driver, "Submit my vote"))
            wait.until(lambda _: driver.find_elements(By.CSS_SELECTOR, ".stored"))

            # The facilitator closes R1 and opens R2; the phone follows.
            with box.lock:  # the server's worker uses the same plan session
                doc.execute(SetRoundState(dots.round_id, "closed"))
                doc.execute(SetRoundState(moscow.round_id, "open"))
                box.round_code = "R2"
            room.notify_changed()
            wait.until(lambda _: heading() == "This year?")
            _tap(driver, _button(driver, "Must", _option_card(driver, "IAM-SSO")))
            _tap(driver, _button(driver, "Won't", _option_card(driver, "DC-EXIT")))
            _tap(driver, _button(driver, "Submit my vote"))
            wait.until(lambda _: len(snapshot_of(doc).ballots_of(moscow.round_id)) == 1)
        finally:
            room.stop()
        snap = snapshot_of(doc)
        first = round_outcome(snap, snap.round_by_id[dots.round_id])
        assert [(r.code, r.score) for r in first.result.results][:2] == [
            ("IAM-SSO", 2.0),
            ("DC-EXIT", 1.0),
        ]
        second = round_outcome(snap, snap.round_by_id[moscow.round_id])
        assert {r.code: r.score for r in second.result.results} == {"IAM-SSO": 3.0, "DC-EXIT": 0.0}
    finally:
        doc.close()
