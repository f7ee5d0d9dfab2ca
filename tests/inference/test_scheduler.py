"""The scheduler on its own, synchronously: start-time fair order, costs, idle users, priority,
batch keys, positions, removal, admission limits, job costs and pruning of finish tags.
tests/inference/test_dispatcher.py covers the same policy through the asyncio dispatcher; here each rule
is checked directly against `Scheduler` / `FairQueue`, with no backend and no event loop."""

from __future__ import annotations

import random
from collections.abc import Hashable
from typing import Any

import pytest

from hubbot.inference import scheduler as scheduler_module
from hubbot.inference.jobs import ChatMessage, ImageInputs, Job, JobKind, TextInputs
from hubbot.inference.scheduler import FairQueue, Refusal, Scheduler, Ticket, job_cost

TOKENS = 256.0  # the default cost of a text job


def job(user: str, model: str = "m", kind: JobKind = JobKind.TEXT, priority: int = 0,
        **options: Any) -> Job:
    if kind in (JobKind.IMAGE, JobKind.IMAGE_EDIT):
        inputs: TextInputs | ImageInputs = ImageInputs(prompt="a cat")
    elif kind is JobKind.VISION_QA:
        inputs = ImageInputs(image=b"png", messages=[ChatMessage("user", "what is it?")])
    else:
        inputs = TextInputs(messages=[ChatMessage("user", "hi")])
    return Job(kind, model, inputs, user, options=options, priority=priority)


def make(**settings: Any) -> Scheduler:
    limits: dict[str, Any] = {"max_queue_per_model": 1000, "max_jobs_per_user": 1000}
    return Scheduler(**(limits | settings))


def push(scheduler: Scheduler, user: str, model: str = "m", key: Hashable = "k",
         cost: float = TOKENS, priority: int = 0, now: float = 0.0) -> Ticket:
    ticket, _ = scheduler.push(job(user, model, priority=priority), key, cost, now)
    return ticket


def users(tickets: list[Ticket]) -> list[str]:
    return [t.job.user_id for t in tickets]


def drain(scheduler: Scheduler, model: str = "m") -> list[str]:
    """Users in run order, one job per take, until the queue is empty."""
    order: list[str] = []
    while taken := scheduler.take(model, 1):
        order += users(taken)
    return order


def queued_users(scheduler: Scheduler, model: str = "m") -> list[str]:
    return [t.job.user_id for t, _ in scheduler.positions(model)]


# ---- start-time fair order -------------------------------------------------------------


def test_a_flood_does_not_delay_another_users_single_job_past_the_next_take() -> None:
    scheduler = make()
    for _ in range(20):
        push(scheduler, "flood")
    _, position = scheduler.push(job("ann"), "k", TOKENS, 0.0)
    assert position == 2  # behind only the flood's first job, not its 20
    assert users(scheduler.take("m", 2)) == ["flood", "ann"]

    # Arriving while the flood runs, a newcomer is next in line.
    push(scheduler, "bob")
    assert users(scheduler.take("m", 1)) == ["bob"]
    assert scheduler.queued("m") == 19  # the rest of the flood


def test_users_with_floods_of_equal_cost_alternate_round_robin() -> None:
    scheduler = make()
    for user in ("amy", "ben", "cat"):  # each user's whole flood arrives before the next's
        for _ in range(4):
            push(scheduler, user)
    assert drain(scheduler) == ["amy", "ben", "cat"] * 4


def test_a_job_asking_for_4x_the_tokens_is_charged_4x() -> None:
    scheduler = make()
    big = [job("big", max_new_tokens=1024) for _ in range(3)]
    small = [job("small", max_new_tokens=256) for _ in range(12)]
    for j in big + small:
        scheduler.push(j, "k", job_cost(j, {}), 0.0)
    assert drain(scheduler) == ["big", *["small"] * 4] * 3


def test_idle_users_earn_no_credit() -> None:
    scheduler = make()
    push(scheduler, "amy")  # amy runs once, then goes quiet
    for _ in range(10):
        push(scheduler, "flood")
    assert [users(scheduler.take("m", 1))[0] for _ in range(7)] == ["amy", *["flood"] * 6]
    # amy returns with 3 jobs. Had she kept credit for her idle time her jobs would start
    # where she left off and all run before the rest of the flood; instead she starts at the
    # current virtual time and alternates with it.
    for _ in range(3):
        push(scheduler, "amy")
    assert drain(scheduler) == ["amy", "flood", "amy", "flood", "amy", "flood", "flood"]


def test_a_user_who_never_queued_starts_at_the_current_virtual_time() -> None:
    scheduler = make()
    for _ in range(10):
        push(scheduler, "flood")
    for _ in range(5):
        scheduler.take("m", 1)
    for _ in range(4):
        push(scheduler, "new")
    assert drain(scheduler) == ["new", "flood"] * 4 + ["flood"]


def test_a_user_is_charged_for_work_just_run_even_when_alone() -> None:
    scheduler = make()
    for _ in range(4):
        push(scheduler, "amy")
    assert drain(scheduler) == ["amy"] * 4  # alone, amy's jobs ran at once
    push(scheduler, "amy")
    push(scheduler, "ben")
    assert drain(scheduler) == ["ben", "amy"]  # but her last one still counts against her


def test_queues_of_different_models_are_independent() -> None:
    scheduler = make()
    for _ in range(5):
        push(scheduler, "flood", model="a")
    push(scheduler, "flood", model="b")
    push(scheduler, "ann", model="b")
    assert drain(scheduler, "b") == ["flood", "ann"]  # flooding model a costs nothing on b
    assert scheduler.queued("a") == 5 and scheduler.queued() == 5


# ---- priority ----------------------------------------------------------------------------


def test_admin_jobs_run_first_and_keep_the_fair_order_among_themselves() -> None:
    scheduler = make(admin_users=["boss", "chief"], admin_priority=5)
    push(scheduler, "u1")
    push(scheduler, "u2")
    first, position = scheduler.push(job("boss"), "k", TOKENS, 0.0)
    assert position == 1 and first.priority == 5
    push(scheduler, "boss")
    push(scheduler, "chief")
    assert queued_users(scheduler) == ["boss", "chief", "boss", "u1", "u2"]
    assert drain(scheduler) == ["boss", "chief", "boss", "u1", "u2"]


def test_a_jobs_own_priority_counts_and_admin_priority_is_a_floor() -> None:
    scheduler = make(admin_users=["boss"], admin_priority=5)
    push(scheduler, "plain")
    push(scheduler, "boss")  # raised to 5
    push(scheduler, "urgent", priority=7)  # not an admin, but asked for 7
    push(scheduler, "boss", priority=9)  # an admin asking for more than the floor keeps it
    assert [t.priority for t, _ in scheduler.positions("m")] == [9, 7, 5, 0]
    assert drain(scheduler) == ["boss", "urgent", "boss", "plain"]


def test_without_admin_priority_admins_wait_their_turn() -> None:
    scheduler = make(admin_users=["boss"])  # admin_priority defaults to 0
    push(scheduler, "u1")
    push(scheduler, "boss")
    assert drain(scheduler) == ["u1", "boss"]


# ---- take: batch keys and limits ---------------------------------------------------------


def test_take_only_takes_tickets_sharing_the_heads_key_and_others_keep_their_order() -> None:
    scheduler = make()
    for i in range(6):
        push(scheduler, f"u{i}", key="a" if i % 2 == 0 else "b")
    assert users(scheduler.take("m", 10)) == ["u0", "u2", "u4"]
    assert list(scheduler.positions("m")) == [
        (t, i + 1) for i, t in enumerate(scheduler.queues["m"].tickets)
    ]
    assert queued_users(scheduler) == ["u1", "u3", "u5"]
    assert users(scheduler.take("m", 10)) == ["u1", "u3", "u5"]
    assert scheduler.take("m", 10) == []


def test_take_respects_the_limit() -> None:
    scheduler = make()
    for i in range(5):
        push(scheduler, f"u{i}")
    assert scheduler.take("m", 0) == [] and scheduler.queued("m") == 5
    assert users(scheduler.take("m", 2)) == ["u0", "u1"]
    assert queued_users(scheduler) == ["u2", "u3", "u4"]


def test_a_limit_reached_among_other_keys_leaves_the_rest_in_place() -> None:
    scheduler = make()
    for i, key in enumerate("abaab"):
        push(scheduler, f"u{i}", key=key)
    assert users(scheduler.take("m", 2)) == ["u0", "u2"]
    assert queued_users(scheduler) == ["u1", "u3", "u4"]


def test_fair_queue_take_with_an_explicit_key_skips_the_head() -> None:
    scheduler = make()
    for i, key in enumerate("abab"):
        push(scheduler, f"u{i}", key=key)
    queue = scheduler.queues["m"]
    assert users(queue.take(10, key="b")) == ["u1", "u3"]
    assert [t.job.user_id for t in queue.tickets] == ["u0", "u2"]
    assert queue.take(10, key="c") == [] and len(queue) == 2


def test_head_and_count_key_look_without_taking() -> None:
    scheduler = make()
    assert scheduler.take("m", 1) == []  # no queue for the model yet
    for i, key in enumerate("abaa"):
        push(scheduler, f"u{i}", key=key)
    queue = scheduler.queues["m"]
    assert queue.head() is queue.tickets[0] and queue.head().job.user_id == "u0"
    assert queue.count_key("a", 10) == 3 and queue.count_key("a", 2) == 2
    assert queue.count_key("b", 10) == 1 and queue.count_key("c", 10) == 0
    assert len(queue) == 4
    queue.take(10)
    queue.take(10)
    assert queue.head() is None


# ---- positions -------------------------------------------------------------------------


def test_positions_are_one_based_and_consistent_with_take_order() -> None:
    rng = random.Random(20)
    scheduler = make(admin_users=["u0"], admin_priority=3)
    taken_ids: list[str] = []  # ids taken from the front
    for n in range(60):
        j = job(f"u{rng.randrange(6)}", priority=rng.choice([0, 0, 0, 1]))
        ticket, position = scheduler.push(j, "k", float(rng.choice([64, 256, 1024])), float(n))
        listed = list(scheduler.positions("m"))
        assert [p for _, p in listed] == list(range(1, len(listed) + 1))
        assert listed[position - 1][0] is ticket  # the position push reported is its place
        if n % 7 == 6:  # a job runs now and then, from the front
            head = listed[0][0]
            assert scheduler.take("m", 1) == [head]
            taken_ids.append(head.job.id)
    listed_ids = [t.job.id for t, _ in scheduler.positions("m")]
    assert [t.job.id for t in scheduler.take("m", 1000)] == listed_ids
    assert len(taken_ids) + len(listed_ids) == 60
    assert list(scheduler.positions("other")) == []


# ---- remove --------------------------------------------------------------------------------


def test_removing_a_queued_ticket_takes_it_out_and_the_rest_keep_their_order() -> None:
    scheduler = make()
    tickets = [push(scheduler, f"u{i}") for i in range(4)]
    assert scheduler.remove(tickets[1]) is True
    assert [p for _, p in scheduler.positions("m")] == [1, 2, 3]
    assert queued_users(scheduler) == ["u0", "u2", "u3"]
    assert scheduler.remove(tickets[1]) is False  # already gone
    assert scheduler.unfinished["u1"] == 1  # the user is released by finished(), not remove()
    assert drain(scheduler) == ["u0", "u2", "u3"]


def test_removing_the_head_or_the_tail() -> None:
    scheduler = make()
    tickets = [push(scheduler, "amy") for _ in range(3)]
    assert scheduler.remove(tickets[0]) and scheduler.remove(tickets[2])
    assert [t for t, _ in scheduler.positions("m")] == [tickets[1]]


def test_removing_a_ticket_that_is_not_queued_returns_false() -> None:
    scheduler = make()
    taken = push(scheduler, "amy")
    waiting = push(scheduler, "ben")
    assert scheduler.take("m", 1) == [taken]
    assert scheduler.remove(taken) is False  # running, not queued
    # A ticket for a model that has no queue at all.
    stray = Ticket(job("amy", model="none"), "k", TOKENS, 0, 0.0)
    assert scheduler.remove(stray) is False
    # An equal-looking ticket (same order, same seq) that is not this queue's object.
    twin = make()
    push(twin, "amy")
    look_alike = push(twin, "ben")
    assert look_alike.order == waiting.order
    assert scheduler.remove(look_alike) is False
    assert [t for t, _ in scheduler.positions("m")] == [waiting]


# ---- admission ---------------------------------------------------------------------------


def test_a_full_queue_refuses_with_queue_full_for_that_model_only() -> None:
    scheduler = make(max_queue_per_model=2)
    assert scheduler.admit(job("a")) is None  # no queue yet
    push(scheduler, "a")
    push(scheduler, "b")
    assert scheduler.admit(job("c")) == Refusal("queue_full", 2)
    assert scheduler.admit(job("c", model="other")) is None
    scheduler.take("m", 1)  # a running job no longer takes a place in the queue
    assert scheduler.admit(job("c")) is None


def test_the_user_limit_counts_jobs_queued_or_running_on_every_model() -> None:
    scheduler = make(max_jobs_per_user=2)
    first = push(scheduler, "amy", model="a")
    push(scheduler, "amy", model="b")
    assert scheduler.admit(job("amy", model="c")) == Refusal("user_limit", 2)
    assert scheduler.admit(job("ben", model="c")) is None  # other users are not affected
    scheduler.take("a", 1)  # running still counts
    assert scheduler.admit(job("amy", model="a")) == Refusal("user_limit", 2)
    scheduler.finished(first.job)
    assert scheduler.admit(job("amy", model="a")) is None


def test_finished_releases_the_user_and_never_counts_below_zero() -> None:
    scheduler = make(max_jobs_per_user=2)
    ticket = push(scheduler, "amy")
    scheduler.take("m", 1)
    scheduler.finished(ticket.job)
    assert "amy" not in scheduler.unfinished  # the entry goes, it does not linger at 0
    scheduler.finished(ticket.job)  # a second end of the same job, or one never pushed
    scheduler.finished(job("ghost"))
    assert "amy" not in scheduler.unfinished and "ghost" not in scheduler.unfinished
    push(scheduler, "amy")
    push(scheduler, "amy")
    # Had the count gone below zero, a third job would slip in.
    assert scheduler.admit(job("amy")) == Refusal("user_limit", 2)
    assert scheduler.unfinished["amy"] == 2


# ---- job_cost ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "generation", "cost"),
    [
        ({"max_new_tokens": 1024}, {}, 1024.0),
        ({}, {"max_new_tokens": 100}, 100.0),  # the card's default
        ({"max_new_tokens": 50}, {"max_new_tokens": 100}, 50.0),  # the job's own wins
        ({}, {}, 256.0),
        ({"max_new_tokens": None}, {"max_new_tokens": None}, 256.0),
        ({"max_new_tokens": -5}, {}, 1.0),  # never free
        ({"steps": 50, "count": 4}, {}, 256.0),  # image options do not price text
    ],
)
def test_job_cost_of_a_text_job_is_its_new_tokens(options: dict[str, Any], generation: dict[str, Any],
                                                  cost: float) -> None:
    assert job_cost(job("u", **options), generation) == cost
    assert job_cost(job("u", kind=JobKind.VISION_QA, **options), generation) == cost


@pytest.mark.parametrize(
    ("options", "generation", "cost"),
    [
        ({"steps": 20, "count": 4}, {}, 80.0),
        ({}, {}, 30.0),  # 30 steps, one image
        ({"count": 2}, {"steps": 8}, 16.0),  # steps from the card
        ({"steps": 4}, {"steps": 8, "count": 3}, 12.0),
        ({"steps": 0, "count": 0}, {}, 30.0),  # 0 counts as unset
        ({"max_new_tokens": 1024}, {}, 30.0),  # text options do not price images
    ],
)
@pytest.mark.parametrize("kind", [JobKind.IMAGE, JobKind.IMAGE_EDIT])
def test_job_cost_of_an_image_job_is_steps_times_count(kind: JobKind, options: dict[str, Any],
                                                       generation: dict[str, Any], cost: float) -> None:
    assert job_cost(job("u", kind=kind, **options), generation) == cost


# ---- pruning finish tags -----------------------------------------------------------------


def test_pruning_keeps_the_tags_of_users_still_ahead_of_the_virtual_time() -> None:
    scheduler = make()
    for _ in range(5):
        push(scheduler, "flood")  # starts 0 .. 1024
    for i in range(scheduler_module.PRUNE_USERS_ABOVE + 100):
        push(scheduler, f"once{i}")  # all start at 0
    queue = scheduler.queues["m"]
    taken = queue.take(scheduler_module.PRUNE_USERS_ABOVE + 102)
    assert users(taken)[-1] == "flood" and queue.vtime == TOKENS
    assert queue.finish == {"flood": 5 * TOKENS}  # the one-off users' tags are gone
    push(scheduler, "late")  # starts at the virtual time
    push(scheduler, "flood")  # still after the rest of the flood, not at the virtual time
    assert drain(scheduler) == ["late", "flood", "flood", "flood", "flood"]


def run_mixed_load(seed: int) -> tuple[list[str], FairQueue]:
    rng = random.Random(seed)
    scheduler = make(admin_users=["u1"], admin_priority=2)
    order: list[str] = []
    for n in range(400):
        if rng.random() < 0.55:
            j = job(f"u{rng.randrange(40)}")
            j.id = f"j{n}"
            scheduler.push(j, rng.choice("ab"), float(rng.choice([16, 256, 512])), float(n))
        else:
            order += [t.job.id for t in scheduler.take("m", rng.randrange(1, 4))]
    return order + [t.job.id for t in scheduler.take("m", 1000)], scheduler.queues["m"]


def test_pruning_does_not_change_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scheduler_module, "PRUNE_USERS_ABOVE", 10**9)
    unpruned, full = run_mixed_load(7)
    monkeypatch.setattr(scheduler_module, "PRUNE_USERS_ABOVE", 5)
    pruned, small = run_mixed_load(7)
    assert len(small.finish) < len(full.finish)  # pruning did happen
    assert pruned == unpruned and len(pruned) == len(set(pruned))


# ---- known defects -----------------------------------------------------------------------


def test_a_cancelled_flood_is_not_charged() -> None:
    scheduler = make()
    flood = [push(scheduler, "flood") for _ in range(10)]
    for ticket in flood:
        assert scheduler.remove(ticket)
    for _ in range(4):
        push(scheduler, "ben")
    _, position = scheduler.push(job("flood"), "k", TOKENS, 0.0)
    assert position <= 2  # today: 5, behind all of ben's jobs


def test_a_batch_of_one_key_does_not_put_a_newcomer_behind_another_keys_flood() -> None:
    scheduler = make()
    for _ in range(8):
        push(scheduler, "amy", key="a")
    for _ in range(8):
        push(scheduler, "ben", key="b")
    assert users(scheduler.take("m", 4)) == ["amy"] * 4
    push(scheduler, "new", key="b")
    assert "new" in users(scheduler.take("m", 4))  # today: 4 of ben's flood, then new


def test_admin_jobs_do_not_put_a_newcomer_behind_a_flood() -> None:
    scheduler = make(admin_users=["boss"], admin_priority=5)
    for _ in range(10):
        push(scheduler, "flood")
    for _ in range(4):
        push(scheduler, "boss")
    assert users(scheduler.take("m", 4)) == ["boss"] * 4
    _, position = scheduler.push(job("new"), "k", TOKENS, 0.0)
    assert position <= 2  # today: 5, behind four of the flood
