"""The OBS panel and OBS buttons against the sandbox's OBS (obs-websocket v5 over a real
WebSocket): scenes switched, sources shown and hidden, mute and volume, outputs with a
confirmation before the stream stops, a change made in OBS itself reaching the panel and a
deck button, meters only while the panel is on screen, and OBS going away and coming back."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from deck.actions.profiles import Cell
from deck.sandbox.harness import Body

from .conftest import open_panel, until


@pytest.fixture
def obs(app_window):
    return app_window.sandbox.obs


@pytest.fixture
def panel(app_window, loop, obs):
    panel = open_panel(app_window, loop, "obs")
    until(loop, lambda: panel.live.loaded and panel.scene_list.count() == len(obs.scenes), what="OBS's scenes")
    return panel


def scene_item(panel, name):
    return next(panel.scene_list.item(i) for i in range(panel.scene_list.count())
                if panel.scene_list.item(i).data(Qt.ItemDataRole.UserRole) == name)


def test_scenes_switch_and_studio_mode(panel, loop, obs):
    assert "Connected to OBS 31.1.2, obs-websocket 5.7.3" in panel.state.text()
    assert "on air" in scene_item(panel, "Just Chatting").text()
    panel._scene_clicked(scene_item(panel, "Gameplay"))
    until(loop, lambda: obs.program == "Gameplay" and "on air" in scene_item(panel, "Gameplay").text())
    assert panel.sources_title.text() == "In Gameplay"
    assert [panel.sources.topLevelItem(i).text(0) for i in range(panel.sources.topLevelItemCount())] == \
        ["Game Capture", "Camera", "Mic/Aux", "Desktop Audio"]
    panel.studio.click()
    until(loop, lambda: obs.studio and panel.go.isVisible())
    panel._scene_clicked(scene_item(panel, "BRB"))
    until(loop, lambda: obs.preview == "BRB" and "preview" in scene_item(panel, "BRB").text())
    assert obs.program == "Gameplay"  # studio mode: a click prepares, Transition puts it on air
    panel.go.click()
    until(loop, lambda: obs.program == "BRB" and "on air" in scene_item(panel, "BRB").text())


def test_sources_audio_and_outputs(panel, loop, obs, answers):
    camera = next(panel.sources.topLevelItem(i) for i in range(panel.sources.topLevelItemCount())
                  if panel.sources.topLevelItem(i).text(0) == "Camera")
    camera.setCheckState(1, Qt.CheckState.Unchecked)
    until(loop, lambda: not next(i for i in obs.scene({"sceneName": "Just Chatting"})["items"]
                                 if i["sourceName"] == "Camera")["sceneItemEnabled"])
    _, mute, slider, meter = panel.mixer_rows["Mic/Aux"]
    mute.click()
    until(loop, lambda: obs.inputs["Mic/Aux"]["muted"] and mute.text() == "Muted")
    panel._volume("Mic/Aux", -12)
    until(loop, lambda: abs(obs.do_get_input_volume(Body({"inputName": "Mic/Aux"}))["inputVolumeDb"] + 12) < 0.01)
    until(loop, lambda: slider.value() == -12, what="the slider following OBS")
    state, toggle = panel.output_rows["stream"]
    toggle.click()
    until(loop, lambda: obs.outputs["stream"]["active"] and toggle.text() == "Stop")
    answers.yes = False
    toggle.click()  # stopping the stream is asked first, in words
    assert "stop stream" in answers[-1].lower()
    assert obs.outputs["stream"]["active"]
    answers.yes = True
    toggle.click()
    until(loop, lambda: not obs.outputs["stream"]["active"] and toggle.text() == "Start")


def test_a_change_made_in_obs_itself_reaches_the_panel_and_a_button(app_window, panel, loop, obs):
    control = app_window.ctx.deck
    cell = Cell(id="mic", row=7, col=7, kind="toggle", label="Mic/Aux", toggle="obs-mute", toggle_arg="Mic/Aux")
    control.profile.pages[0].cells.append(cell)
    control._apply()
    control.refresh_toggles()
    until(loop, lambda: control.toggles.get("obs-mute", "Mic/Aux") is False, what="the button's state read")
    obs.do_toggle_input_mute(Body({"inputName": "Mic/Aux"}))  # as if clicked in OBS
    until(loop, lambda: control.toggles.get("obs-mute", "Mic/Aux") is True and panel.mixer_rows["Mic/Aux"][1].isChecked())
    control.run_cell(cell)  # the button unmutes
    until(loop, lambda: not obs.inputs["Mic/Aux"]["muted"] and control.toggles.get("obs-mute", "Mic/Aux") is False)


def test_meters_run_only_while_the_panel_is_on_screen(app_window, panel, loop, obs):
    until(loop, lambda: any(v & (1 << 16) for v in obs.clients.values()), what="meters asked for")
    until(loop, lambda: panel.mixer_rows["Music"][3].level > -60, what="a meter moving")
    app_window.docks.show("grid")  # another tab in front: the panel is hidden
    until(loop, lambda: not any(v & (1 << 16) for v in obs.clients.values()), what="meters stopped")


def test_obs_going_away_and_coming_back(app_window, panel, loop, obs):
    link = panel.live.link
    obs.go_away()
    until(loop, lambda: link.state in ("reconnecting", "not running"), what="the panel saying OBS went away")
    until(loop, lambda: "reconnecting" in panel.state.text() or "not running" in panel.state.text())
    assert app_window.status.lights["obs"].state in ("reconnecting", "not running")
    obs.come_back()
    until(loop, lambda: link.state == "connected" and panel.live.loaded, timeout=20, what="reconnected")
    assert app_window.status.lights["obs"].state == "connected"
    assert "Connected" in panel.state.text()
    obs.do_set_current_program_scene(Body({"sceneName": "Ending"}))  # events flow again without a click
    until(loop, lambda: "on air" in scene_item(panel, "Ending").text())



def test_a_button_of_obs_steps_goes_out_as_one_batch(app_window, panel, loop, obs):
    from deck.actions.profiles import Step

    control = app_window.ctx.deck
    cell = Cell(id="brb", row=7, col=6, kind="multi", label="BRB", steps=[
        Step(action="obs.set-current-program-scene", params={"sceneName": "BRB"}),
        Step(action="obs.set-input-mute", params={"inputName": "Mic/Aux", "inputMuted": True})])
    batches, sent = obs.batches, len(obs.requests)
    control.run_cell(cell)
    until(loop, lambda: obs.program == "BRB" and obs.inputs["Mic/Aux"]["muted"], what="both steps done")
    changes = [r[0] for r in obs.requests[sent:] if not r[0].startswith("Get")]
    assert obs.batches == batches + 1 and changes == ["SetCurrentProgramScene", "SetInputMute"]
    wrong = Cell(id="bad", row=7, col=5, kind="multi", label="Bad", steps=[
        Step(action="obs.set-current-program-scene", params={"sceneName": "Ending"}),
        Step(action="obs.set-input-volume", params={"inputName": "Mic/Aux", "inputVolumeDb": 99})])
    from deck.core.errors import InvalidParams

    loop.expect_failure(InvalidParams)  # the button says so; nothing else fails
    states = []
    control.cell_state.connect(lambda cid, state, text: states.append((cid, state, text)))
    control.run_cell(wrong)
    until(loop, lambda: any(c == "bad" and s == "failed" for c, s, _ in states), what="the batch refused")
    assert "request 2 (Set input volume)" in [t for c, s, t in states if s == "failed"][-1]
    assert obs.program == "BRB" and obs.batches == batches + 1  # nothing of it was sent


def test_test_connection_names_obs_and_says_when_the_password_is_wrong(sandbox):
    import asyncio

    from deck.actions.services import Services
    from deck.core.credentials import Credentials
    from deck.core.errors import ServiceError
    from deck.core.settings import Settings

    services = Services(Settings(), Credentials(memory_only=True))
    said = asyncio.run(services.test("obs", sandbox.obs_url, {"password": sandbox.obs.secrets["password"]}))
    assert said == "Connected to OBS 31.1.2 (obs-websocket 5.7.3)"
    with pytest.raises(ServiceError, match="OBS refused the password"):
        asyncio.run(services.test("obs", sandbox.obs_url, {"password": "not it"}))


def test_what_the_connected_obs_does_not_serve_is_greyed_with_the_reason(app_window, panel, loop, obs):
    from deck.ui.palette import CommandPalette

    obs.lacks = {"CreateRecordChapter"}  # an older obs-websocket
    link = panel.live.link
    obs.go_away()
    until(loop, lambda: link.state != "connected")
    obs.come_back()
    until(loop, lambda: link.state == "connected" and panel.live.loaded, timeout=20, what="reconnected")
    why = app_window.ctx.services.why_not("obs.create-record-chapter")
    assert "needs a newer OBS" in why and app_window.ctx.services.why_not("obs.start-record") == ""
    palette = CommandPalette(app_window.ctx, app_window)
    item = next(palette.list.topLevelItem(i) for i in range(palette.list.topLevelItemCount())
                if palette.list.topLevelItem(i).text(1) == "obs.create-record-chapter")
    assert item.isDisabled() and "needs a newer OBS" in item.toolTip(0)
    palette.close()
    actions = app_window.docks.show("actions")
    actions.select("obs.create-record-chapter")
    assert not actions.run_button.isEnabled() and "needs a newer OBS" in actions.run_button.toolTip()


def test_forms_offer_obs_names_as_you_type(app_window, panel, loop, obs):
    from PySide6.QtWidgets import QLineEdit

    actions = app_window.docks.show("actions")
    form = actions.select("obs.set-current-program-scene")
    field = form.editor("sceneName")
    assert isinstance(field, QLineEdit) and field.completer() is not None
    field.completer().setCompletionPrefix("play")
    assert field.completer().currentCompletion() == "Gameplay"  # found inside the name, any case
    assert app_window.ctx.services.suggest("obs.set-input-mute", "inputName")[:2] == ["Camera", "Mic/Aux"]


def test_a_name_obs_did_not_find_gets_the_closest_ones_it_has(sandbox):
    import asyncio

    from deck.actions.services import Services
    from deck.core.credentials import Credentials
    from deck.core.errors import ServiceError
    from deck.core.settings import Settings

    credentials = Credentials(memory_only=True)
    sandbox.give_credentials(credentials)
    services = Services(Settings(), credentials, base_urls=sandbox.base_urls())

    async def fails(action, **params):
        try:
            await services.registry.invoke(action, params)
        except ServiceError as exc:
            return str(exc)
        finally:
            await services.close()
    said = asyncio.run(fails("obs.get-scene-item-id", sceneName="Gameplay", sourceName="Camra"))
    assert "(600 ResourceNotFound)" in said and said.endswith("Did you mean `Camera`?")  # the scene exists: the source is the one
    assert asyncio.run(fails("obs.set-current-program-scene", sceneName="gameplay")).endswith("Did you mean `Gameplay`?")


def test_a_nested_scene_shows_its_own_sources_beneath_it(panel, loop, obs):
    obs.do_set_current_program_scene(Body({"sceneName": "Ending"}))
    until(loop, lambda: panel.sources_title.text() == "In Ending")
    nested = next(panel.sources.topLevelItem(i) for i in range(panel.sources.topLevelItemCount())
                  if panel.sources.topLevelItem(i).text(0) == "BRB")
    assert [nested.child(i).text(0) for i in range(nested.childCount())] == ["Music"]
    nested.child(0).setCheckState(1, Qt.CheckState.Unchecked)  # hides Music in BRB, where it is
    until(loop, lambda: not obs.scene({"sceneName": "BRB"})["items"][0]["sceneItemEnabled"])
