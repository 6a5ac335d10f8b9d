"""Deck against a real OBS Studio (Debian's obs-studio, headless; obs-websocket 5.1.0 in OBS 29):
its real client, actions, live state, panel and a deck button; the stand-in answering as
OBS does; and Deck reconnecting by itself when OBS is closed and started again.
Skipped with the reason where OBS is not installed; CI installs it and requires these."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from deck.actions.profiles import Cell
from deck.actions.services import Services
from deck.core.credentials import Credentials
from deck.core.errors import DeckError, InvalidParams, ServiceError
from deck.core.settings import Settings
from deck.sandbox import Sandbox
from tests.support.real_obs import RealObs

from .conftest import open_panel, until


@pytest.fixture(scope="module")
def real_obs():
    obs = RealObs().start()
    yield obs
    obs.stop()


@pytest.fixture
def services(real_obs):
    credentials = Credentials(memory_only=True)
    credentials.set("obs", real_obs.password, "password", memory=True)
    return Services(Settings(), credentials, base_urls={"obs": real_obs.url})


def run(services, action, **params):
    async def go():
        try:
            return await services.registry.invoke(action, params, source="cli")
        finally:
            await services.close()
    return asyncio.run(go())


def fails(services, action, **params) -> DeckError:
    with pytest.raises(DeckError) as caught:
        run(services, action, **params)
    return caught.value


@pytest.fixture(scope="module")
def show(real_obs):
    """A show set up in the real OBS: two scenes, a colour source, a media source with audio."""
    credentials = Credentials(memory_only=True)
    credentials.set("obs", real_obs.password, "password", memory=True)
    services = Services(Settings(), credentials, base_urls={"obs": real_obs.url})
    for scene in ("Deck A", "Deck B"):
        run(services, "obs.create-scene", sceneName=scene)
    run(services, "obs.create-input", sceneName="Deck A", inputName="Deck Colour", inputKind="color_source_v3",
        inputSettings={"color": 4282532351}, sceneItemEnabled=True)
    run(services, "obs.create-input", sceneName="Deck A", inputName="Deck Media", inputKind="ffmpeg_source",
        inputSettings={}, sceneItemEnabled=True)
    return services


def test_what_the_connected_obs_serves_and_what_it_lacks(services, show):
    version = run(services, "obs.get-version")
    assert version["obsWebSocketVersion"].startswith("5.")
    known = {op.path for op in services.providers["obs"].operations}
    # every request it serves is an action, but for the undocumented ones obs-websocket keeps for itself
    assert all("PrivateSettings" in r for r in set(version["availableRequests"]) - known)
    lacking = known - set(version["availableRequests"])
    for request in lacking:  # refused before sending, in words (OBS 29 lacks ten newer requests)
        action = next(op.id for op in services.providers["obs"].operations if op.path == request)
        op = services.providers["obs"].by_id[action]
        if not op.rules and not any(p.required for p in op.params):
            assert "needs a newer OBS" in str(fails(services, f"obs.{action}"))


def test_scenes_sources_audio_and_errors_in_words(services, show, real_obs):
    run(services, "obs.set-current-program-scene", sceneName="Deck B")
    assert run(services, "obs.get-current-program-scene")["currentProgramSceneName"] == "Deck B"
    run(services, "obs.set-current-program-scene", sceneName="Deck A")
    item = run(services, "obs.get-scene-item-id", sceneName="Deck A", sourceName="Deck Colour")["sceneItemId"]
    run(services, "obs.set-scene-item-enabled", sceneName="Deck A", sceneItemId=item, sceneItemEnabled=False)
    assert run(services, "obs.get-scene-item-enabled", sceneName="Deck A", sceneItemId=item) == {"sceneItemEnabled": False}
    run(services, "obs.set-scene-item-enabled", sceneName="Deck A", sceneItemId=item, sceneItemEnabled=True)
    run(services, "obs.set-input-mute", inputName="Deck Media", inputMuted=True)
    assert run(services, "obs.get-input-mute", inputName="Deck Media") == {"inputMuted": True}
    run(services, "obs.set-input-volume", inputName="Deck Media", inputVolumeDb=-6.0)
    assert abs(run(services, "obs.get-input-volume", inputName="Deck Media")["inputVolumeDb"] + 6) < 0.01
    with pytest.raises(InvalidParams):  # OBS's own range (at most +26 dB), checked before sending
        run(services, "obs.set-input-volume", inputName="Deck Media", inputVolumeDb=40)
    with pytest.raises(InvalidParams):  # a name or a UUID of the scene: one is needed
        run(services, "obs.set-current-program-scene")
    error = fails(services, "obs.set-current-program-scene", sceneName="deck b")
    assert isinstance(error, ServiceError) and "600" in str(error) and "Did you mean `Deck B`" in str(error)


def test_recording_studio_mode_and_a_batch(services, show, real_obs):
    run(services, "obs.start-record")
    until_sync(lambda: run(services, "obs.get-record-status")["outputActive"], "recording")
    path = run(services, "obs.stop-record")["outputPath"]
    assert Path(path).is_relative_to(real_obs.home)
    until_sync(lambda: Path(path).exists(), f"{path} written")  # OBS finishes the file after it answers
    run(services, "obs.set-studio-mode-enabled", studioModeEnabled=True)
    until_sync(lambda: run(services, "obs.get-studio-mode-enabled")["studioModeEnabled"], "studio mode")

    def preview_is_b() -> bool:  # OBS sets studio mode up on its own thread, preview included: asked until it holds
        run(services, "obs.set-current-preview-scene", sceneName="Deck B")
        return run(services, "obs.get-current-preview-scene")["currentPreviewSceneName"] == "Deck B"
    until_sync(preview_is_b, "the preview")
    run(services, "obs.trigger-studio-mode-transition")
    until_sync(lambda: run(services, "obs.get-current-program-scene")["currentProgramSceneName"] == "Deck B",
               "the transition")
    run(services, "obs.set-studio-mode-enabled", studioModeEnabled=False)

    async def batch():
        transport = services.transports["obs"]["obs"]
        ops = services.providers["obs"].by_id
        steps = [(ops["set-current-program-scene"], services.registry.validate("obs.set-current-program-scene",
                                                                                 {"sceneName": "Deck A"})),
                 (ops["get-current-program-scene"], services.registry.validate("obs.get-current-program-scene", {}))]
        try:
            return await transport.batch(steps)
        finally:
            await services.close()
    answers = asyncio.run(batch())
    assert answers[1]["currentProgramSceneName"] == "Deck A"


def until_sync(predicate, what: str, timeout: float = 30.0) -> None:
    """For what OBS does in the background after it answers: asked again until it says so."""
    import time
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"OBS did not get there in time: {what}"


def test_the_stand_in_answers_as_obs_does(services, show):
    requests = {"obs.get-scene-list": {}, "obs.get-input-mute": {"inputName": "Mic/Aux"},
                "obs.get-stats": {}, "obs.get-record-status": {}, "obs.get-stream-status": {},
                "obs.get-studio-mode-enabled": {}, "obs.get-scene-transition-list": {},
                "obs.get-current-scene-transition": {},
                "obs.get-scene-item-list": {"sceneName": "Deck A"}}
    with Sandbox() as sandbox:
        credentials = Credentials(memory_only=True)
        sandbox.give_credentials(credentials)
        stand_in = Services(Settings(), credentials, base_urls=sandbox.base_urls())
        for action, params in requests.items():
            real_params = {**params, "inputName": "Deck Media"} if "inputName" in params else params
            real = run(services, action, **real_params)
            ours = run(stand_in, action, **({**params, "sceneName": "Gameplay"} if "sceneName" in params else params))
            newer = {k for k in ours if k.endswith("Uuid")}  # what obs-websocket 5.1.0 does not say yet
            assert set(real) == set(ours) - newer, action


def test_panel_and_a_button_against_real_obs(app_window, loop, real_obs, show, answers):
    ctx = app_window.ctx
    ctx.credentials.set("obs", real_obs.password, "password", memory=True)
    ctx.services.base_urls["obs"] = real_obs.url
    ctx.services.reconfigure()
    panel = open_panel(app_window, loop, "obs")
    live = panel.live
    until(loop, lambda: live.loaded and "Deck A" in live.scenes, timeout=20, what="the real OBS's scenes")
    assert "obs-websocket 5.1.0" in panel.state.text() or "obs-websocket 5." in panel.state.text()
    item = next(panel.scene_list.item(i) for i in range(panel.scene_list.count())
                if panel.scene_list.item(i).data(Qt.ItemDataRole.UserRole) == "Deck B")
    panel._scene_clicked(item)
    until(loop, lambda: live.program == "Deck B", what="the scene switched in OBS (its event back)")
    control = ctx.deck
    cell = Cell(id="media", row=7, col=7, kind="toggle", label="Media", toggle="obs-mute", toggle_arg="Deck Media")
    control.profile.pages[0].cells.append(cell)
    control._apply()
    control.refresh_toggles()
    until(loop, lambda: control.toggles.get("obs-mute", "Deck Media") is not None, what="the button's state")
    before = control.toggles.get("obs-mute", "Deck Media")
    control.run_cell(cell)
    until(loop, lambda: control.toggles.get("obs-mute", "Deck Media") is (not before), what="OBS's event on the button")
    assert panel.mixer_rows["Deck Media"][1].isChecked() is (not before)
    panel.output_rows["record"][1].click()
    until(loop, lambda: live.outputs["record"] is True, timeout=20, what="recording started")
    panel.output_rows["record"][1].click()
    until(loop, lambda: live.outputs["record"] is False, timeout=20, what="recording stopped")


def test_deck_reconnects_when_obs_is_closed_and_started_again(app_window, loop, real_obs, show):
    ctx = app_window.ctx
    ctx.credentials.set("obs", real_obs.password, "password", memory=True)
    ctx.services.base_urls["obs"] = real_obs.url
    ctx.services.reconfigure()
    panel = open_panel(app_window, loop, "obs")
    link = panel.live.link
    until(loop, lambda: link.state == "connected" and panel.live.loaded, timeout=20, what="connected")
    real_obs.quit()
    until(loop, lambda: link.state in ("reconnecting", "not running"), what="OBS gone")
    assert app_window.status.lights["obs"].state in ("reconnecting", "not running")
    real_obs.start()
    until(loop, lambda: link.state == "connected" and panel.live.loaded and panel.live.scenes,
          timeout=40, what="reconnected without a click")
    assert app_window.status.lights["obs"].state == "connected"
