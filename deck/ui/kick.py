"""Channel points: the channel's rewards (create, edit every field, switch on and off, pause,
delete after asking) and the redemption queue (pending, accepted or rejected; accept or reject
one or many, each refusal listed with its reason)."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deck.core.errors import DeckError, InvalidParams
from deck.providers.kick import rewards as kick

from .kit import Loader, Panel, line, param
from .widgets import Counter, Note, Table, button, card, changed_signal, follow, label, row, set_role, switch, when

BATCH = 25  # redemptions accepted or rejected per request, as the service allows



class RewardsPanel(Panel):
    needs = ("kick.rewards",)
    refresh_seconds = 10

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_pages(self.tabs, ((self._queue, self.tr("Redemptions")), (self._rewards, self.tr("Rewards"))))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        QVBoxLayout(self.body).addWidget(self.tabs)
        follow(self, self.ctx.services.events.happened, self._happened)

    def _happened(self, happening: Any) -> None:
        """A redemption arrived or changed: the queue shows it now, not at the next refresh."""
        if happening.kind == "redemption" and self.loaded and self.tabs.currentIndex() == 0:
            self.load_queue()

    def refresh(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.load_queue()
        else:
            self.load_rewards()

    # ------------------------------------------------------------------ redemption queue
    def _queue(self) -> QWidget:
        self.status = QComboBox(objectName="redemptionStatus")
        self.status.setAccessibleName(self.tr("Show redemptions"))
        for key, text in (("pending", self.tr("Waiting")), ("accepted", self.tr("Accepted")), ("rejected", self.tr("Rejected"))):
            self.status.addItem(text, key)
        self.status.currentIndexChanged.connect(lambda _: (self._queue_buttons(), self.load_queue()))
        self.queue = Table([self.tr("Reward"), self.tr("Cost"), self.tr("Viewer"), self.tr("Their input"), self.tr("When")],
                           self.tr("Redemptions"), 3)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queue_loader = Loader(self, self.queue, self.tr("No redemptions waiting."), "redemptionsLoader")
        self.accept = button(self.tr("Accept"), "apply", name=self.tr("Accept selected redemptions"), key="acceptRedemptions")
        self.reject = button(self.tr("Reject"), "error", name=self.tr("Reject selected redemptions"), key="rejectRedemptions")
        self.select_all = button(self.tr("Select all"), key="selectAllRedemptions")
        self.queue_note = Note("queueNote")
        self.accept.clicked.connect(lambda: self.decide("kick.accept-redemptions", self.tr("Accepting {count}…"),
                                                        self.tr("{count} accepted ✓")))
        self.reject.clicked.connect(lambda: self.decide("kick.reject-redemptions", self.tr("Rejecting {count}…"),
                                                        self.tr("{count} rejected ✓")))
        self.select_all.clicked.connect(self.queue.selectAll)
        self.queue.itemSelectionChanged.connect(self._queue_buttons)
        self._queue_buttons()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row(label(self.tr("Show")), self.status, stretch=True))
        layout.addWidget(self.queue_loader, 1)
        layout.addLayout(row(self.select_all, self.accept, self.reject, stretch=True))
        layout.addWidget(self.queue_note)
        layout.addWidget(label(self.tr("Kick lets only the app that created a reward accept or reject its redemptions."),
                               role="muted", wrap=True))
        return page

    def load_queue(self) -> None:
        def show(result: Any) -> bool:
            chosen = {r.id for r in self._chosen()}  # a refresh keeps what the streamer has selected
            has = self.queue.set_rows(result.redemptions, lambda r: [r.reward, r.cost, r.user, r.input, when(r.when)])
            self.queue.select_quietly(lambda r: r.id in chosen)
            self._queue_buttons()
            return has

        self.queue_loader.load("kick.redemptions", {"status": self.status.currentData()}, lambda a: show(kick.redemptions(a)))

    def _chosen(self) -> list[Any]:
        return [self.queue.records[i.row()] for i in self.queue.selectionModel().selectedRows()]

    def _queue_buttons(self) -> None:
        pending = self.status.currentData() == "pending"
        chosen = bool(self._chosen())
        self.accept.setEnabled(pending and chosen)
        self.reject.setEnabled(pending and chosen)
        self.select_all.setEnabled(pending and bool(self.queue.records))

    def decide(self, action_id: str, doing: str, done: str) -> None:
        """Accept or reject what is selected, 25 at a time; what was refused is listed with why."""
        chosen = self._chosen()
        ids = [r.id for r in chosen]
        names = {r.id: f"{r.reward} ({r.user})" for r in chosen}
        batches = [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]
        refused: dict[str, str] = {}

        def step(i: int) -> None:
            if i == len(batches):
                ok = len(ids) - len(refused)
                text = done.format(count=ok) + "".join(f"\n{names.get(k, k)}: {why}" for k, why in refused.items())
                (self.queue_note.error if refused else self.queue_note.ok)(text)
                self.load_queue()
                return
            self.run(action_id, {"ids": batches[i]}, busy=[self.accept, self.reject],
                     on_result=lambda a: (refused.update(kick.refusals(a).refused), step(i + 1)),
                     on_error=lambda exc: (self.queue_note.error(str(exc)), self.load_queue()))

        self.queue_note.busy(doing.format(count=len(ids)))
        step(0)

    # ------------------------------------------------------------------ rewards
    def _rewards(self) -> QWidget:
        self.rewards = Table([self.tr("Reward"), self.tr("Cost"), self.tr("On"), self.tr("Paused"), self.tr("Input"),
                              self.tr("Skips queue")], self.tr("Rewards"), 0)
        self.rewards_loader = Loader(self, self.rewards, self.tr("No rewards yet. Create one below."), "rewardsLoader")
        self.count = label("", role="muted", name="rewardCount")
        self.rewards.itemSelectionChanged.connect(lambda: self.fill(self.rewards.selected()))
        self.new = button(self.tr("New"), "new", name=self.tr("New reward"), key="newReward")
        self.delete = button(self.tr("Delete"), "delete", name=self.tr("Delete reward"), key="deleteReward")
        self.new.clicked.connect(self.new_reward)
        self.delete.clicked.connect(self.delete_reward)
        self.title = line(self.tr("Title"), self.tr("Reward title"), key="rewardTitle")
        self.cost = QSpinBox(objectName="rewardCost", prefix="costs ", suffix=" points", maximum=999_999_999)
        self.cost.setAccessibleName(self.tr("Reward cost"))
        self.description = line(self.tr("What the viewer gets (optional)"), self.tr("Reward description"), key="rewardDescription")
        self.color = line("#00e701", self.tr("Reward colour"), key="rewardColor")
        self.pick = button(self.tr("Colour…"), key="pickColor")
        self.pick.clicked.connect(self.pick_color)
        self.switches = {key: switch(text, text) for key, text in (
            ("enabled", self.tr("On")), ("paused", self.tr("Paused")), ("input_required", self.tr("Viewer types something")),
            ("skip_queue", self.tr("Accept at once (skip the queue)")))}
        for key, box in self.switches.items():
            box.setObjectName(f"reward.{key}")
        self.save = button(self.tr("Save"), "apply", name=self.tr("Save reward"), key="saveReward")
        self.save.clicked.connect(self.save_reward)
        self.editor_title = label(self.tr("New reward"), name="sectionTitle")
        self.editor_note = Note("rewardNote")
        self.editing: Optional[Any] = None
        for w in (self.title, self.cost, self.description, self.color, *self.switches.values()):
            changed_signal(w).connect(self.check)
        self._bound()
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rewards_loader, 1)
        layout.addLayout(row(self.new, self.delete, self.count, stretch=True))
        editor = card(row(self.editor_title, stretch=True), row(self.title, Counter(self.title, 50), self.cost),
                      row(self.description, Counter(self.description, 200)), row(self.color, self.pick, stretch=True),
                      row(*self.switches.values(), stretch=True), row(self.save, stretch=True), self.editor_note,
                      label(self.tr("Kick allows 15 rewards a channel; only the app that created a reward may change it."),
                            role="muted", wrap=True))
        editor.layout().addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(editor)
        self.fill(None)
        return split

    def _bound(self) -> None:
        try:
            cost = param(self.ctx, "kick.create-reward", "cost")
            self.cost.setRange(int(cost.min or 1), self.cost.maximum())
        except (KeyError, DeckError):
            pass

    def load_rewards(self) -> None:
        def show(result: Any) -> bool:
            has = self.rewards.set_rows(result.rewards, lambda r: [
                r.title, r.cost, "✓" if r.enabled else self.tr("off"), self.tr("paused") if r.paused else "", "✓" if r.input_required
                else "", "✓" if r.skip_queue else ""])
            for i, r in enumerate(result.rewards):
                if r.color:
                    self.rewards.item(i, 0).setData(Qt.ItemDataRole.DecorationRole, QColor(r.color))
            self.count.setText(self.tr("{count} of {limit}").format(count=len(result.rewards), limit=result.limit)
                               if result.limit else "")
            self.new.setEnabled(not result.limit or len(result.rewards) < result.limit)
            chosen = self.editing.id if self.editing else None
            self.rewards.select_quietly(lambda r: r.id == chosen)
            self.delete.setEnabled(self.rewards.selected() is not None)
            return has

        self.rewards_loader.load("kick.rewards", {}, lambda a: show(kick.rewards(a)))

    def new_reward(self) -> None:
        self.rewards.clearSelection()
        self.fill(None)
        self.title.setFocus()

    def fill(self, reward: Optional[Any]) -> None:
        self.editing = reward
        self.editor_note.clear()
        self.editor_title.setText(self.tr("Edit {name}").format(name=reward.title) if reward else self.tr("New reward"))
        self.title.setText(reward.title if reward else "")
        self.cost.setValue(reward.cost if reward else 100)
        self.description.setText(reward.description if reward else "")
        self.color.setText(reward.color if reward else "#00e701")
        for key, box in self.switches.items():
            box.setChecked(bool(getattr(reward, key)) if reward else key == "enabled")
        self.switches["paused"].setVisible(reward is not None)  # a new reward is not paused
        self.delete.setEnabled(reward is not None)
        self.check()

    def pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color.text() or "#00e701"), self, self.tr("Reward colour"))
        if chosen.isValid():
            self.color.setText(chosen.name())

    def _values(self) -> dict[str, Any]:
        values = {"title": self.title.text().strip(), "cost": self.cost.value(),
                  "description": self.description.text().strip(), "color": self.color.text().strip(),
                  **{k: box.isChecked() for k, box in self.switches.items()}}
        if self.editing is None:
            values.pop("paused")
            return {k: v for k, v in values.items() if v != ""}
        return {"id": self.editing.id, **{k: v for k, v in values.items() if v != getattr(self.editing, k)}}

    def check(self, *_: Any) -> bool:
        values = self._values()
        problems: list[str] = []
        if self.editing and len(values) == 1:
            self.save.setEnabled(False)
            return False
        try:
            self.ctx.validate(self._action(), kick.kick_names(values))
        except InvalidParams as exc:
            problems = exc.problems
        except DeckError as exc:
            problems = [str(exc)]
        if problems and (self.title.text() or self.editing):
            self.editor_note.error("\n".join(problems))
        elif self.editor_note.property("role") == "error":
            self.editor_note.clear()
        self.save.setEnabled(not problems)
        return not problems

    def save_reward(self) -> None:
        if not self.check():
            return
        def saved(answer: Any) -> None:
            reward = kick.created(answer)
            self.editing = reward
            self.editor_title.setText(self.tr("Edit {name}").format(name=reward.title))
            self.editor_note.ok(QCoreApplication.translate("RewardsPanel", "{title} saved ✓").format(title=reward.title))
            set_role(self.editor_note, "ok")
            self.load_rewards()

        self.run(self._action(), kick.kick_names(self._values()), note=self.editor_note, busy=[self.save], on_result=saved)

    def _action(self) -> str:
        return "kick.update-reward" if self.editing else "kick.create-reward"

    def delete_reward(self) -> None:
        reward = self.rewards.selected()
        if reward is None:
            return
        self.run("kick.delete-reward", {"id": reward.id}, note=self.editor_note, busy=[self.delete],
                 question=self.tr("Delete the reward <b>{title}</b>? Its waiting redemptions can no longer be accepted or rejected from "
                                  "Deck.").format(title=reward.title), done=self.tr("{title} deleted ✓").format(title=reward.title),
                 on_result=lambda _: (self.fill(None), self.load_rewards()))
