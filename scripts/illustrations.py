#!/usr/bin/env python3
"""Draws the exercise illustrations (assets/illustrations/*.svg) from poses.

    python3 scripts/illustrations.py            # writes every drawing
    python3 scripts/illustrations.py bridge     # writes the drawings whose name starts so

Every drawing is one figure built from the house proportions (assets/illustrations/README.md):
joints are placed by angle, or found with two-bone inverse kinematics so that a foot, a hand
or a knee lands exactly where it must (on the floor line, on a wall). Parts that rest on the
floor get an `id` starting with `rest-`; tests/builtin_programs.rs checks that each of them
touches the floor line. To change a drawing, change its pose here, run this, and look at it
(the README says how). Python 3, standard library only.
"""

import math
import os
import sys

INK = "#1f2933"
ACCENT = "#c9482a"
FLOOR = 182.0  # the floor line
REST = 178.5  # the centre line of a stroke that rests on the floor
WALL_TOP = 28.0
CHAIR_SEAT = FLOOR - 44.0  # a kitchen chair: the seat at knee height
CHAIR_BACK = FLOOR - 86.0  # the top of its backrest, at hip height

TORSO, NECK, HEAD_R, HEAD_OFFSET = 50.0, 4.0, 11.0, 18.0
UPPER_ARM, FOREARM = 29.0, 28.0
THIGH, SHIN, FOOT = 42.0, 40.0, 13.0

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "illustrations")


# ---- geometry -------------------------------------------------------------------------------


def at(p, angle, length):
    """The point `length` from `p` in direction `angle` (degrees; 0 = right, 90 = down)."""
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def direction(a, b):
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


def joint(a, c, l1, l2, bend):
    """The middle joint of a two-bone limb from `a` to `c` (bend = +1 or -1 picks the side)."""
    d = dist(a, c)
    if d > l1 + l2 - 1e-6 or d < abs(l1 - l2):
        raise ValueError(f"cannot reach from {a} to {c} with {l1} + {l2} (distance {d:.1f})")
    alpha = math.degrees(math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    return at(a, direction(a, c) + bend * alpha, l1)


def fmt(v):
    s = f"{v:.1f}"
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return "0" if s == "-0" else s


def d_line(*points):
    return "M" + " ".join(f"{fmt(x)} {fmt(y)}" for x, y in points)


def quad_point(a, c, b, t):
    """The point at `t` on the quadratic curve from `a` to `b` through control `c`."""
    return tuple((1 - t) ** 2 * a[i] + 2 * (1 - t) * t * c[i] + t * t * b[i] for i in range(2))


def arc_points(cx, cy, rx, ry, start, end, steps):
    return [
        (cx + rx * math.cos(math.radians(start + (end - start) * i / steps)),
         cy + ry * math.sin(math.radians(start + (end - start) * i / steps)))
        for i in range(steps + 1)
    ]


# ---- a drawing ------------------------------------------------------------------------------


class Drawing:
    """One SVG: the floor (and a wall or a step), the far limbs, the near side, the accents."""

    def __init__(self):
        self.scenery = ["M12 182H288"]
        self.far = []  # (id or None, d)
        self.near = []
        self.head = None  # (cx, cy, id or None)
        self.accents = []  # (d, width)
        self.props = []  # things held (a bottle): ink, thinner than the figure, drawn over it

    def wall(self, x):
        self.scenery.append(f"M{fmt(x)} {fmt(WALL_TOP)} {fmt(x)} {fmt(FLOOR)}")

    def step(self, x0, x1, top):
        self.scenery.append(d_line((x0, FLOOR), (x0, top), (x1, top), (x1, FLOOR)))

    def chair(self, back_x, seat_x):
        """A chair seen from the side: the backrest (and back leg) at `back_x`, the seat
        reaching to `seat_x`, its top at CHAIR_SEAT; scenery like the floor and a wall."""
        self.scenery.append(d_line((back_x, FLOOR), (back_x, CHAIR_BACK)))
        self.scenery.append(d_line((back_x, CHAIR_SEAT), (seat_x, CHAIR_SEAT), (seat_x, FLOOR)))

    def bottle(self, hand, axis, length=20.0, width=8.0):
        """A small bottle held in the hand, its axis at angle `axis`, centred on the hand."""
        a, b = at(hand, axis, length / 2), at(hand, axis + 180, length / 2)
        n = axis + 90
        corners = [at(a, n, width / 2), at(b, n, width / 2), at(b, n + 180, width / 2),
                   at(a, n + 180, width / 2)]
        self.props.append(d_line(*corners) + "Z")

    def line(self, side, *points, rest=None):
        (self.far if side == "far" else self.near).append((rest, d_line(*points)))

    def curve(self, side, a, control, b, rest=None):
        d = f"M{fmt(a[0])} {fmt(a[1])}Q{fmt(control[0])} {fmt(control[1])} {fmt(b[0])} {fmt(b[1])}"
        (self.far if side == "far" else self.near).append((rest, d))

    def circle(self, centre, rest=None):
        self.head = (centre[0], centre[1], rest)

    def accent(self, *points, width=4.5):
        self.accents.append((d_line(*points), width))

    def arrow(self, tail, tip, head=8.0):
        """A straight motion arrow with an open head at `tip`."""
        self.arrow_path([tail, tip], head)

    def arrow_path(self, points, head=8.0, both=False):
        """A motion arrow along `points`, an open head at the end (and the start if `both`)."""
        parts = [d_line(*points)]
        ends = [(points[-2], points[-1])] + ([(points[1], points[0])] if both else [])
        for before, tip in ends:
            back = direction(tip, before)
            parts.append(d_line(at(tip, back + 30, head), tip, at(tip, back - 30, head)))
        self.accents.append(("".join(parts), 4.5))

    def svg(self):
        out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200" fill="none" '
               'stroke-linecap="round" stroke-linejoin="round">']
        out.append(f'<path d="{"".join(self.scenery)}" stroke="{INK}" stroke-opacity=".35" '
                   'stroke-width="3"/>')
        for parts, extra in ((self.far, ' stroke-opacity="0.45"'), (self.near, "")):
            if not parts and not (extra == "" and self.head):
                continue
            body = group(parts)
            if extra == "" and self.head:
                cx, cy, rest = self.head
                mark = f' id="{rest}"' if rest else ""
                body += f'<circle{mark} cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(HEAD_R)}"/>'
            out.append(f'<g stroke="{INK}"{extra} stroke-width="6.5">{body}</g>')
        for d in self.props:
            out.append(f'<path d="{d}" stroke="{INK}" stroke-width="3"/>')
        for d, width in self.accents:
            out.append(f'<path d="{d}" stroke="{ACCENT}" stroke-width="{fmt(width)}"/>')
        out.append("</svg>")
        return "\n".join(out) + "\n"


def group(parts):
    plain = "".join(d for rest, d in parts if not rest)
    body = f'<path d="{plain}"/>' if plain else ""
    for rest, d in parts:
        if rest:
            body += f'<path id="{rest}" d="{d}"/>'
    return body


# ---- the figure -----------------------------------------------------------------------------


class Figure:
    """Joint positions of one figure; limbs are added to a Drawing by name."""

    def __init__(self, drawing, hip, torso_angle, neck_angle=None, shoulder=None):
        self.d = drawing
        self.hip = hip
        self.shoulder = shoulder or at(hip, torso_angle, TORSO)
        self.neck_angle = torso_angle if neck_angle is None else neck_angle

    def trunk(self, rest=None, curve=None, head_rest=None, neck_angle=None):
        """The torso (straight, or a quadratic curve through `curve`), the neck and the head."""
        if curve:
            self.d.curve("near", self.hip, curve, self.shoulder, rest=rest)
        else:
            self.d.line("near", self.hip, self.shoulder, rest=rest)
        angle = self.neck_angle if neck_angle is None else neck_angle
        self.d.line("near", self.shoulder, at(self.shoulder, angle, NECK))
        self.head = at(self.shoulder, angle, HEAD_OFFSET)
        self.d.circle(self.head, rest=head_rest)
        return self

    def head_at(self, centre, rest=None, neck=NECK):
        """The head at a given centre, the neck pointing at it."""
        angle = direction(self.shoulder, centre)
        self.d.line("near", self.shoulder, at(self.shoulder, angle, neck))
        self.d.circle(centre, rest=rest)
        self.head = centre

    # limbs by angle ---------------------------------------------------------------------------
    def arm(self, side, upper, fore, rest=None, start=None):
        s = start or self.shoulder
        elbow = at(s, upper, UPPER_ARM)
        hand = at(elbow, fore, FOREARM)
        self.d.line(side, s, elbow, hand, rest=rest)
        return elbow, hand

    def leg(self, side, thigh, shin, foot, rest=None, start=None):
        h = start or self.hip
        knee = at(h, thigh, THIGH)
        ankle = at(knee, shin, SHIN)
        toe = at(ankle, foot, FOOT)
        self.d.line(side, h, knee, ankle, toe, rest=rest)
        return knee, ankle, toe

    # limbs that must reach a point ------------------------------------------------------------
    def arm_to(self, side, hand, bend, rest=None, upper=UPPER_ARM, fore=FOREARM):
        elbow = joint(self.shoulder, hand, upper, fore, bend)
        self.d.line(side, self.shoulder, elbow, hand, rest=rest)
        return elbow

    def leg_to(self, side, ankle, bend, foot_angle, rest=None, foot=FOOT):
        knee = joint(self.hip, ankle, THIGH, SHIN, bend)
        toe = at(ankle, foot_angle, foot)
        self.d.line(side, self.hip, knee, ankle, toe, rest=rest)
        return knee, toe


def standing(d, x, side_leg="near"):
    """A figure standing upright at x (ankle), facing right; returns it with hip set."""
    hip = (x, REST - SHIN - THIGH)
    return Figure(d, hip, -90)


# ---- poses ----------------------------------------------------------------------------------
# Each function returns a Drawing. Side views face right unless said otherwise; supine figures
# lie with the head on the left. `<id>` is the exercise as its id names it (what a program
# without levels shows); a level of a built-in that changes the position is `<id>.level<N>`,
# so the standard variant is often registered under both names.

DRAWINGS = {}


def drawing(name):
    def register(f):
        DRAWINGS[name] = f
        return f
    return register


def supine(d, shoulder_x=104.0):
    """A figure on its back: shoulders at `shoulder_x`, hips to the right, all on the floor."""
    shoulder = (shoulder_x, REST)
    hip = (shoulder_x + TORSO, REST)
    f = Figure(d, hip, 180, shoulder=shoulder)
    return f


def supine_trunk(f, rest="rest-back"):
    """The back on the floor, the head resting behind it."""
    f.d.line("near", f.hip, f.shoulder, rest=rest)
    f.head_at((f.shoulder[0] - 17.0, REST - HEAD_R), rest="rest-head")


def bent_knees(f, ankle_x, side, rest=None, knee_bend=-1):
    """A leg with the foot flat on the floor at ankle_x (knee up)."""
    return f.leg_to(side, (ankle_x, REST), knee_bend, 0, rest=rest)


# -- on the back ------------------------------------------------------------------------------

SUPINE_SHOULDER = 104.0


def on_back(d, shoulder_x=SUPINE_SHOULDER, trunk_rest="rest-back", curve=None):
    """A figure on its back, head on the left: back, head and shoulders on the floor."""
    f = supine(d, shoulder_x)
    if curve is None:
        d.line("near", f.hip, f.shoulder, rest=trunk_rest)
    else:
        d.curve("near", f.hip, curve, f.shoulder, rest=trunk_rest)
    f.head_at((f.shoulder[0] - 17.0, REST - HEAD_R), rest="rest-head")
    return f


def arm_on_floor(f, side="near"):
    f.d.line(side, f.shoulder, (f.shoulder[0] + UPPER_ARM, REST),
             (f.shoulder[0] + UPPER_ARM + FOREARM, REST), rest=f"rest-{side}-arm")


FEET_X = 58.0  # hip to ankle with the knees bent on the back (about 90 degrees)


def knees_up(f, side, ankle_x=None, rest=None):
    x = f.hip[0] + FEET_X if ankle_x is None else ankle_x
    return f.leg_to(side, (x, REST), -1, 0, rest=rest or f"rest-{side}-foot")


@drawing("bridge.start")
def bridge_start():
    d = Drawing()
    f = on_back(d)
    knees_up(f, "far")
    arm_on_floor(f)
    knees_up(f, "near")
    d.arrow((f.hip[0], REST - 12), (f.hip[0], REST - 42))
    return d


BRIDGE_LIFT = -21.0  # shoulders, hips and knees in one line, the shins near vertical


def bridge_up(d, near_foot=True):
    """Hips lifted, shoulders and head on the floor, the arm beside the body; returns the
    figure. The far foot is on the floor; so is the near one when `near_foot`."""
    shoulder = (SUPINE_SHOULDER, REST)
    ankle = (SUPINE_SHOULDER + TORSO + FEET_X, REST)
    hip = at(shoulder, BRIDGE_LIFT, TORSO)
    f = Figure(d, hip, 180 + BRIDGE_LIFT, shoulder=shoulder)
    f.leg_to("far", ankle, -1, 0, rest="rest-far-foot")
    d.line("near", shoulder, hip, rest="rest-shoulders")
    f.head_at((shoulder[0] - 17.0, REST - HEAD_R), rest="rest-head")
    arm_on_floor(f)
    if near_foot:
        f.leg_to("near", ankle, -1, 0, rest="rest-near-foot")
    return f


@drawing("bridge")
def bridge():
    d = Drawing()
    f = bridge_up(d)
    d.arrow_path([(f.hip[0], f.hip[1] - 12), (f.hip[0], f.hip[1] - 40)], both=True)
    return d


@drawing("bridge.level2.start")
def bridge_march_start():
    """Level 2 starts from the bridge: hips up, both feet down; one foot is about to lift."""
    d = Drawing()
    f = bridge_up(d)
    ankle = (SUPINE_SHOULDER + TORSO + FEET_X, REST)
    d.arrow((ankle[0] + 20, REST - 8), (ankle[0] + 20, REST - 34))
    return d


@drawing("bridge.level2")
def bridge_march():
    """Level 2, marching: hips up and level, the near foot lifted off the mat, knee bent."""
    d = Drawing()
    f = bridge_up(d, near_foot=False)
    knee = at(f.hip, -78, THIGH)
    ankle = at(knee, 12, SHIN)
    d.line("near", f.hip, knee, ankle, at(ankle, -50, FOOT))
    d.arrow_path([(ankle[0] + 20, ankle[1] + 6), (ankle[0] + 20, ankle[1] + 32)], both=True)
    return d


@drawing("bridge.level3.start")
def single_leg_bridge_start():
    """Level 3 starts lying down: the supporting foot flat, the other leg straight, its knee
    beside the other knee."""
    d = Drawing()
    f = on_back(d)
    knee, _ = knees_up(f, "far")
    arm_on_floor(f)
    free = direction(f.hip, knee)
    d.line("near", f.hip, at(f.hip, free, THIGH), at(f.hip, free, THIGH + SHIN),
           at(at(f.hip, free, THIGH + SHIN), free - 70, FOOT))
    d.arrow((f.hip[0], REST - 12), (f.hip[0], REST - 42))
    return d


@drawing("bridge.level3")
def single_leg_bridge():
    """Level 3: hips up on one leg, the other straight in line with the trunk."""
    d = Drawing()
    f = bridge_up(d, near_foot=False)
    knee = at(f.hip, BRIDGE_LIFT, THIGH)
    ankle = at(knee, BRIDGE_LIFT, SHIN)
    d.line("near", f.hip, knee, ankle, at(ankle, BRIDGE_LIFT - 70, FOOT))
    d.arrow_path([(f.hip[0], f.hip[1] - 14), (f.hip[0], f.hip[1] - 40)], both=True)
    return d


@drawing("rolling-bridge.start")
def rolling_bridge_start():
    d = Drawing()
    f = on_back(d)
    knees_up(f, "far")
    arm_on_floor(f)
    knees_up(f, "near")
    # Rolling up: from the tail, one vertebra after the other.
    pts = arc_points(f.hip[0] - 4, REST + 2, 30, 30, -20, -150, 10)[::-1]
    d.arrow_path(pts, head=7)
    return d


@drawing("rolling-bridge")
def rolling_bridge():
    """Hips a little way up, the lower back rounded (the tail tucked), not arched."""
    d = Drawing()
    shoulder = (SUPINE_SHOULDER, REST)
    ankle = (SUPINE_SHOULDER + TORSO + FEET_X, REST)
    lift = -12.0
    hip = at(shoulder, lift, TORSO)
    f = Figure(d, hip, 180 + lift, shoulder=shoulder)
    f.leg_to("far", ankle, -1, 0, rest="rest-far-foot")
    # Lying on the upper back; the curve sags below the straight line: a rounded lower back.
    mid = at(shoulder, lift, TORSO * 0.55)
    d.curve("near", shoulder, (mid[0], mid[1] + 7), hip, rest="rest-shoulders")
    f.head_at((shoulder[0] - 17.0, REST - HEAD_R), rest="rest-head")
    arm_on_floor(f)
    f.leg_to("near", ankle, -1, 0, rest="rest-near-foot")
    d.arrow_path([(hip[0] + 2, hip[1] - 12), (hip[0] + 2, hip[1] - 34)], both=True)
    return d


@drawing("pelvic-tilt.start")
def pelvic_tilt_start():
    d = Drawing()
    # The lower back curves up off the mat a little: the neutral start.
    f = supine(d)
    waist = (f.hip[0] - 36, REST)
    d.curve("near", f.hip, (f.hip[0] - 16, REST - 11), waist)
    d.line("near", waist, f.shoulder, rest="rest-back")
    f.head_at((f.shoulder[0] - 17.0, REST - HEAD_R), rest="rest-head")
    knees_up(f, "far")
    knees_up(f, "near")
    d.arrow((f.hip[0] - 17, REST - 32), (f.hip[0] - 17, REST - 13), head=6)
    return d


@drawing("pelvic-tilt")
def pelvic_tilt():
    d = Drawing()
    f = on_back(d)
    knees_up(f, "far")
    arm_on_floor(f)
    knees_up(f, "near")
    # The pelvis tilts: a curved arrow round the hip.
    pts = arc_points(f.hip[0] - 2, REST - 6, 18, 16, 200, 330, 10)
    d.arrow_path(pts, head=7, both=True)
    return d


@drawing("relaxed-breathing")
def relaxed_breathing():
    d = Drawing()
    f = on_back(d)
    knees_up(f, "far")
    belly = (f.shoulder[0] + 40, REST - 12)
    knees_up(f, "near")
    # The elbow rests on the mat beside the body, the hand on the belly.
    d.line("near", f.shoulder, (f.shoulder[0] + 20, REST), belly)
    d.arrow_path([(belly[0] - 2, belly[1] - 12), (belly[0] - 2, belly[1] - 36)], both=True)
    return d


def dead_bug_start_pose(arrow):
    """On the back, hips and knees at 90 degrees, arms straight up."""
    d = Drawing()
    f = on_back(d)
    f.leg("far", -90, 0, -60)
    f.arm("far", -90, -90)
    f.leg("near", -90, 0, -60)
    f.arm("near", -90, -90)
    arrow(d, f)
    return d


def leg_out_arrow(d, f):
    d.arrow((f.hip[0] + 50, REST - 50), (f.hip[0] + 76, REST - 36))


def heel_down_arrow(d, f):
    d.arrow((f.hip[0] + 58, REST - 46), (f.hip[0] + 58, REST - 16))


# The knee bent at 90 degrees, the thigh lowered until the heel touches the mat.
HEEL_TAP_THIGH = -math.degrees(math.atan2(SHIN, THIGH))


@drawing("dead-bug.level1.start")
def dead_bug_heel_tap_start():
    return dead_bug_start_pose(heel_down_arrow)


@drawing("dead-bug.level1")
def dead_bug_heel_tap():
    """Level 1, legs only: one heel taps the mat, the knee still bent; arms stay up."""
    d = Drawing()
    f = on_back(d)
    f.leg("far", -90, 0, -60)
    f.arm("far", -90, -90)
    f.leg("near", HEEL_TAP_THIGH, HEEL_TAP_THIGH + 90, HEEL_TAP_THIGH - 10, rest="rest-heel")
    f.arm("near", -90, -90)
    d.arrow_path([(f.hip[0] + 72, REST - 44), (f.hip[0] + 72, REST - 14)], both=True)
    return d


@drawing("dead-bug.level2.start")
def dead_bug_leg_reach_start():
    return dead_bug_start_pose(leg_out_arrow)


@drawing("dead-bug.level2")
def dead_bug_leg_reach():
    """Level 2, legs only: one leg straight out just above the mat; arms stay up."""
    d = Drawing()
    f = on_back(d)
    f.leg("far", -90, 0, -60)
    f.arm("far", -90, -90)
    f.leg("near", -9, -9, -75)
    f.arm("near", -90, -90)
    d.arrow_path([(f.hip[0] + 44, REST - 33), (f.hip[0] + 80, REST - 40)], both=True)
    return d


@drawing("dead-bug.start")
@drawing("dead-bug.level3.start")
def dead_bug_start():
    return dead_bug_start_pose(leg_out_arrow)


@drawing("dead-bug")
@drawing("dead-bug.level3")
def dead_bug():
    """The full dead bug (level 3 of the built-in one): one arm back overhead, the other leg out."""
    d = Drawing()
    f = on_back(d)
    f.leg("far", -90, 0, -60)
    f.arm("far", -150, -150)  # reaching back overhead
    f.leg("near", -9, -9, -75)  # the other leg straight out, just above the mat
    f.arm("near", -90, -90)
    d.arrow_path([(f.hip[0] + 44, REST - 33), (f.hip[0] + 80, REST - 40)], both=True)
    return d


@drawing("knee-roll.start")
def knee_roll_start():
    d = Drawing()
    f = on_back(d)
    knees_up(f, "far")
    arm_on_floor(f)
    knees_up(f, "near")
    return knee_roll_arrow(d, f)


def knee_roll_arrow(d, f):
    pts = arc_points(f.hip[0] + 40, REST - 34, 26, 7, 150, 400, 24)
    d.arrow_path(pts, head=7)
    return d


@drawing("knee-roll")
def knee_roll():
    d = Drawing()
    f = on_back(d)
    # The knees sink to the side (towards you): seen from the side they come down, stacked.
    ankle = (f.hip[0] + FEET_X, REST)
    up = joint(f.hip, ankle, THIGH, SHIN, -1)
    height = REST - up[1]
    near_knee = (up[0] + 2, REST - height * 0.45)
    far_knee = (up[0] + 2, near_knee[1] - 9)
    d.line("far", f.hip, far_knee, (ankle[0], REST - 5), (ankle[0] + FOOT, REST - 5))
    arm_on_floor(f)
    d.line("near", f.hip, near_knee, ankle, (ankle[0] + FOOT, REST), rest="rest-near-foot")
    return knee_roll_arrow(d, f)


@drawing("knee-to-chest")
def knee_to_chest():
    d = Drawing()
    f = on_back(d, shoulder_x=SUPINE_SHOULDER + 16)
    # Both knees pulled towards the chest; hands hold under the knees.
    knee, _, _ = f.leg("far", -116, -8, -70)
    knee, ankle, toe = f.leg("near", -112, -4, -70)
    f.arm_to("near", at(knee, 68, 6), -1)
    pts = arc_points(knee[0] + 2, knee[1] + 20, 34, 30, -20, -100, 8)
    d.arrow_path(pts, head=7)
    return d


@drawing("hamstring-stretch")
def hamstring_stretch():
    d = Drawing()
    f = on_back(d)
    knees_up(f, "far")
    # The leg being stretched: thigh vertical, knee nearly straight, hands behind the thigh.
    knee, ankle, toe = f.leg("near", -90, -76, -170)
    hand = at(f.hip, -90, THIGH * 0.62)
    f.arm_to("near", hand, -1)
    d.accent(f.hip, knee)
    return d


@drawing("glute-stretch")
def glute_stretch():
    d = Drawing()
    f = on_back(d)
    far_knee, _ = knees_up(f, "far")
    # The crossed leg: the knee points out towards you (shorter as seen from the side), the
    # ankle rests on the other thigh just below the knee.
    ankle = (far_knee[0] - 6, far_knee[1] + 3)
    knee = at(f.hip, -20, 40)
    arm_on_floor(f)
    d.line("near", f.hip, knee, ankle, at(ankle, -125, 9))
    # The buttock of the crossed leg, where the stretch is felt.
    d.accent(at(f.hip, 180, 12), f.hip, at(f.hip, -16, 9), width=6.5)
    d.arrow((knee[0] + 8, knee[1] - 14), (knee[0] + 26, knee[1] - 3))
    return d


# -- on the side ------------------------------------------------------------------------------


@drawing("side-leg-raise.start")
def side_leg_raise_start():
    return side_leg_raise_pose(0)


@drawing("side-leg-raise")
def side_leg_raise():
    return side_leg_raise_pose(24)


def side_leg_raise_pose(lift):
    """Seen from the front, lying on the side, head propped on the lower hand."""
    d = Drawing()
    shoulder = (112.0, REST)
    hip = (shoulder[0] + TORSO, REST)
    f = Figure(d, hip, 180, shoulder=shoulder)
    # The lower leg along the floor, its foot (toes forward) seen end-on.
    low_ankle = (hip[0] + THIGH + SHIN, REST)
    d.line("far", hip, (hip[0] + THIGH, REST), low_ankle, (low_ankle[0] + 5, REST),
           rest="rest-lower-leg")
    d.line("near", hip, shoulder, rest="rest-side")
    # The lower arm: upper arm along the floor past the head, forearm up, hand under the head.
    elbow = (shoulder[0] - UPPER_ARM, REST)
    hand = at(elbow, -80, FOREARM)
    d.line("near", shoulder, elbow, hand, rest="rest-lower-arm")
    head = (hand[0] + 13, hand[1] + 4)
    f.head_at(head, neck=dist(shoulder, head) - HEAD_R - 2)
    # The top hand on the top hip, its elbow up.
    f.arm_to("near", (hip[0] - 4, REST - 9), -1)
    # The top leg: from lying on the lower leg, lifted a little; toes forward, not up.
    top_hip = (hip[0], REST - 6.5)
    angle = -lift if lift else -4.5
    knee = at(top_hip, angle, THIGH)
    ankle = at(knee, angle, SHIN)
    d.line("near", top_hip, knee, ankle, at(ankle, angle + 20, 6))
    if lift:
        pts = arc_points(top_hip[0], top_hip[1], 96, 96, -30, -2, 6)
        d.arrow_path(pts[::-1], head=7, both=True)
    else:
        pts = arc_points(top_hip[0], top_hip[1], 96, 96, -4, -26, 6)
        d.arrow_path(pts, head=7)
    return d


SIDE_ELBOW = (200.0, REST)
SIDE_SHOULDER = (SIDE_ELBOW[0], REST - UPPER_ARM)


def side_plank_pose(knees, up):
    """Seen from the front, on the left forearm (pointing at you, so it shows short), top
    hand on the hip. `knees`: the knees bent and on the floor, the lower legs behind you (seen
    end-on, short); else the legs straight, feet on the floor. `up`: the hips lifted into one
    line with the shoulders; else resting on the floor."""
    d = Drawing()
    shoulder = SIDE_SHOULDER
    # The point the body line reaches the floor: the knees, or (feet stacked) the ankles.
    reach = TORSO + THIGH + (0 if knees else SHIN)
    low_y = REST if knees else REST - 8.0
    if up:
        tilt = math.degrees(math.asin((low_y - shoulder[1]) / reach))
        back = 180 - tilt
        hip = at(shoulder, back, TORSO)
        leg_angle = back
    else:
        # The hip rests on the floor; the legs lie along it.
        hip = (shoulder[0] - math.sqrt(TORSO ** 2 - (REST - shoulder[1]) ** 2), REST)
        tilt = -direction(hip, shoulder)
        back = 180 - tilt
        leg_angle = 180
    f = Figure(d, hip, -tilt, shoulder=shoulder)
    d.line("near", hip, shoulder, rest=None if up else "rest-hip")
    d.line("near", shoulder, SIDE_ELBOW, (SIDE_ELBOW[0] + 9, REST), rest="rest-forearm")
    f.head_at(at(shoulder, -tilt, HEAD_OFFSET))
    knee = at(hip, leg_angle, THIGH)
    if knees:
        if not up:
            knee = (hip[0] - THIGH, REST)
        # The lower legs go back, away from you: seen from the front they show short.
        ankle = (knee[0] - 16, REST)
        d.line("near", hip, knee, ankle, (ankle[0] - 3, REST - 5), rest="rest-knees")
    else:
        ankle = at(knee, leg_angle, SHIN)
        if not up:
            ankle = (hip[0] - THIGH - SHIN, REST)
            knee = (hip[0] - THIGH, REST)
            d.line("near", hip, knee, ankle, (ankle[0] - 2, REST), rest="rest-legs")
        else:
            d.line("near", hip, knee, ankle, (ankle[0] - 2, REST), rest="rest-feet")
    f.arm_to("near", at(hip, -90, 3), 1)
    if up:
        d.accent(hip, at(hip, -tilt, 30))
    else:
        d.arrow((hip[0] + 4, REST - 14), (hip[0] + 4, REST - 40))
    return d


@drawing("side-plank.level1")
def side_plank_on_knees():
    return side_plank_pose(knees=True, up=True)


@drawing("side-plank.level1.start")
def side_plank_on_knees_start():
    return side_plank_pose(knees=True, up=False)


@drawing("side-plank")
@drawing("side-plank.level2")
def side_plank():
    return side_plank_pose(knees=False, up=True)


@drawing("side-plank.start")
@drawing("side-plank.level2.start")
def side_plank_start():
    return side_plank_pose(knees=False, up=False)


# -- on hands and knees, face down ------------------------------------------------------------

QUAD_HIP = (142.0, REST - THIGH)
QUAD_SHOULDER = (QUAD_HIP[0] + math.sqrt(TORSO ** 2 - (QUAD_HIP[1] - (REST - 57)) ** 2),
                 REST - UPPER_ARM - FOREARM)
QUAD_TILT = direction(QUAD_HIP, QUAD_SHOULDER)


def kneeling_leg(f, side, rest=None):
    knee = (f.hip[0], REST)
    ankle = (knee[0] - SHIN, REST)
    f.d.line(side, f.hip, knee, ankle, (ankle[0] - 12, REST), rest=rest or f"rest-{side}-knee")


def support_arm(f, side):
    f.d.line(side, f.shoulder, (f.shoulder[0] + 1, REST - FOREARM), (f.shoulder[0] + 1, REST),
             rest=f"rest-{side}-hand")


def quadruped(d):
    return Figure(d, QUAD_HIP, QUAD_TILT, shoulder=QUAD_SHOULDER)


@drawing("bird-dog.start")
def bird_dog_start():
    d = Drawing()
    f = quadruped(d)
    kneeling_leg(f, "far")
    support_arm(f, "far")
    f.trunk(neck_angle=QUAD_TILT + 10)
    kneeling_leg(f, "near")
    support_arm(f, "near")
    d.arrow((f.shoulder[0] + 40, f.shoulder[1] - 22), (f.shoulder[0] + 66, f.shoulder[1] - 28))
    d.arrow((f.hip[0] - 44, f.hip[1] - 20), (f.hip[0] - 70, f.hip[1] - 20))
    return d


@drawing("bird-dog")
def bird_dog():
    d = Drawing()
    f = quadruped(d)
    # The far arm reaches forward, the near leg back: opposite arm and leg, both level.
    f.arm("far", QUAD_TILT + 8, QUAD_TILT + 8)
    kneeling_leg(f, "far")
    f.trunk(neck_angle=QUAD_TILT + 10)
    support_arm(f, "near")
    f.leg("near", 180, 180, 110)
    d.arrow_path([(f.shoulder[0] + 50, f.shoulder[1] - 26), (f.shoulder[0] + 76, f.shoulder[1] - 30)],
                 both=True)
    d.arrow_path([(f.hip[0] - 54, f.hip[1] - 16), (f.hip[0] - 80, f.hip[1] - 16)], both=True)
    return d


@drawing("cat-cow.start")
def cat_cow_start():
    d = Drawing()
    f = quadruped(d)
    kneeling_leg(f, "far")
    support_arm(f, "far")
    mid = ((f.hip[0] + f.shoulder[0]) / 2, (f.hip[1] + f.shoulder[1]) / 2)
    f.trunk(curve=(mid[0] - 2, mid[1] - 34), neck_angle=62)  # a rounded back, head down
    kneeling_leg(f, "near")
    support_arm(f, "near")
    d.arrow((mid[0], mid[1] - 26), (mid[0], mid[1] - 50))
    return d


@drawing("cat-cow")
def cat_cow():
    d = Drawing()
    f = quadruped(d)
    kneeling_leg(f, "far")
    support_arm(f, "far")
    mid = ((f.hip[0] + f.shoulder[0]) / 2, (f.hip[1] + f.shoulder[1]) / 2)
    f.trunk(curve=(mid[0], mid[1] + 16), neck_angle=QUAD_TILT - 14)  # gently dipped, looking ahead
    kneeling_leg(f, "near")
    support_arm(f, "near")
    d.arrow_path([(mid[0], mid[1] - 44), (mid[0], mid[1] - 14)], both=True)
    return d


@drawing("childs-pose")
def childs_pose():
    d = Drawing()
    knee = (142.0, REST)
    ankle = (knee[0] - SHIN, REST)
    hip = (knee[0] - math.sqrt(THIGH ** 2 - 16 ** 2), REST - 16)  # sitting on the heels
    shoulder = (hip[0] + 47, REST - 13)
    f = Figure(d, hip, 0, shoulder=shoulder)
    back = (hip[0] + 24, hip[1] - 24)  # the back rounds gently over the thighs
    d.line("far", hip, (knee[0] + 3, REST), (ankle[0] + 3, REST), (ankle[0] - 9, REST),
           rest="rest-far-shin")
    d.line("far", shoulder, (shoulder[0] + 26, REST - 2), (shoulder[0] + 54, REST),
           rest="rest-far-hand")
    d.curve("near", hip, back, shoulder)
    head = (shoulder[0] + 15, REST - HEAD_R)
    f.head_at(head, rest="rest-forehead")
    d.line("near", hip, knee, ankle, (ankle[0] - 12, REST), rest="rest-near-shin")
    d.line("near", shoulder, (shoulder[0] + 28, REST - 3), (shoulder[0] + 57, REST),
           rest="rest-near-hand")
    d.accent(*[quad_point(hip, back, shoulder, t / 8) for t in range(1, 8)])
    return d


PLANK_ELBOW = (200.0, REST)
PLANK_SHOULDER = (PLANK_ELBOW[0], REST - UPPER_ARM)


@drawing("plank.level1")
def plank_on_knees():
    """Level 1: on the forearms and knees, one line from the head to the knees, feet up."""
    d = Drawing()
    shoulder = PLANK_SHOULDER
    tilt = math.degrees(math.asin((REST - shoulder[1]) / (TORSO + THIGH)))
    back = 180 - tilt
    hip = at(shoulder, back, TORSO)
    f = Figure(d, hip, -tilt, shoulder=shoulder)
    knee = at(hip, back, THIGH)
    ankle = at(knee, back + 52, SHIN)
    d.line("near", hip, shoulder)
    f.head_at(at(shoulder, -tilt, HEAD_OFFSET))
    d.line("near", shoulder, PLANK_ELBOW, (PLANK_ELBOW[0] + FOREARM, REST), rest="rest-forearm")
    d.line("near", hip, knee, ankle, at(ankle, back + 52 + 75, 10), rest="rest-knee")
    d.accent(hip, at(hip, -tilt, 30))
    return d


def plank_on_toes(d, lift=0.0):
    """On the forearms and toes, one straight line from the head to the heels; with `lift`,
    the near leg is raised that many degrees out of the line (the far one stays on its toes)."""
    shoulder = PLANK_SHOULDER
    ankle_y = REST - 11.0
    tilt = math.degrees(math.asin((ankle_y - shoulder[1]) / (TORSO + THIGH + SHIN)))
    back = 180 - tilt
    hip = at(shoulder, back, TORSO)
    f = Figure(d, hip, -tilt, shoulder=shoulder)
    knee = at(hip, back, THIGH)
    ankle = at(knee, back, SHIN)
    toe = (ankle[0] + math.sqrt(FOOT ** 2 - 11.0 ** 2), REST)
    if lift:
        d.line("far", hip, knee, ankle, toe, rest="rest-far-toes")
    d.line("near", hip, shoulder)
    f.head_at(at(shoulder, -tilt, HEAD_OFFSET))
    d.line("near", shoulder, PLANK_ELBOW, (PLANK_ELBOW[0] + FOREARM, REST), rest="rest-forearm")
    if lift:
        up = back + lift
        lifted_knee = at(hip, up, THIGH)
        lifted_ankle = at(lifted_knee, up, SHIN)
        d.line("near", hip, lifted_knee, lifted_ankle, at(lifted_ankle, up - 122, FOOT))
        d.arrow_path([(lifted_ankle[0] - 4, lifted_ankle[1] - 12),
                      (lifted_ankle[0] - 4, lifted_ankle[1] - 34)], both=True, head=7)
    else:
        d.line("near", hip, knee, ankle, toe, rest="rest-toes")
    d.accent(hip, at(hip, -tilt, 30))
    return d


@drawing("plank")
@drawing("plank.level2")
def plank():
    """The plank on the forearms and toes (level 2 of the built-in one)."""
    return plank_on_toes(Drawing())


@drawing("plank.level4")
def plank_leg_lift():
    """Level 4: the plank with one foot lifted a hand's width, the leg straight."""
    return plank_on_toes(Drawing(), lift=8.0)


@drawing("prone-y-raise.start")
def prone_y_raise_start():
    return prone_y_raise_pose(0)


@drawing("prone-y-raise")
def prone_y_raise():
    return prone_y_raise_pose(13)


@drawing("prone-y-raise.level3.start")
def prone_y_raise_bottles_start():
    return prone_y_raise_pose(0, bottles=True)


@drawing("prone-y-raise.level3")
def prone_y_raise_bottles():
    return prone_y_raise_pose(13, bottles=True)


def prone_y_raise_pose(lift, bottles=False):
    """Face down, arms overhead in a Y; the arms lift a little, the chest stays down. With
    `bottles`, a small bottle of water in each hand (thumbs up, so it stands upright)."""
    d = Drawing()
    shoulder = (176.0, REST)
    hip = (shoulder[0] - TORSO, REST)
    f = Figure(d, hip, 0, shoulder=shoulder)
    knee = (hip[0] - THIGH, REST)
    ankle = (knee[0] - SHIN, REST)
    far_hand = at(shoulder, -lift - 2, UPPER_ARM + FOREARM)
    d.line("far", shoulder, at(shoulder, -lift - 2, UPPER_ARM), far_hand,
           rest=None if lift else "rest-far-arm")
    d.line("near", hip, shoulder, rest="rest-chest")
    d.line("near", hip, knee, ankle, (ankle[0] - 10, REST - 4), rest="rest-legs")
    f.head_at((shoulder[0] + 15, REST - HEAD_R), rest="rest-forehead")
    hand = at(shoulder, -lift, UPPER_ARM + FOREARM)
    d.line("near", shoulder, at(shoulder, -lift, UPPER_ARM), hand,
           rest=None if lift else "rest-near-arm")
    if bottles:
        # Upright in the fist; resting on the floor, it stands on it.
        length = 22.0
        centre = at(hand, -lift - 90, length / 2 - 3.25 - 1.5) if not lift else \
            at(hand, -lift - 90, 4)
        d.bottle(centre, -lift - 90, length=length)
    arrow_x = hand[0] + (16 if bottles else 12)
    if lift:
        d.arrow_path([(arrow_x, hand[1] + 2), (arrow_x, hand[1] - 22)], both=True)
    else:
        d.arrow((arrow_x, hand[1] - 6), (arrow_x, hand[1] - 30))
    return d


# -- kneeling, standing -----------------------------------------------------------------------


@drawing("hip-flexor-stretch")
def hip_flexor_stretch():
    d = Drawing()
    hip = (158.0, REST - THIGH * math.sin(math.radians(73)))
    knee = at(hip, 107, THIGH)  # the knee of the leg being stretched, on the mat
    f = Figure(d, hip, -90)
    front_ankle = (hip[0] + 42, REST)
    f.leg_to("far", front_ankle, -1, 0, rest="rest-front-foot")
    f.arm_to("far", at(hip, -80, 3), -1)
    f.trunk()
    d.line("near", hip, knee, (knee[0] - SHIN, REST), (knee[0] - SHIN - FOOT, REST),
           rest="rest-knee")
    f.arm_to("near", at(hip, -88, 4), -1)
    d.accent(hip, knee)
    return d


def stand(d, x):
    """Upright, facing right, ankles at x."""
    return Figure(d, (x, REST - SHIN - THIGH), -90)


def flat_foot(f, side, x, rest=None):
    """A straight standing leg from the hip down to a flat foot."""
    f.d.line(side, f.hip, (x, REST - SHIN), (x, REST), (x + FOOT, REST),
             rest=rest or f"rest-{side}-foot")


@drawing("squat.start")
def squat_start():
    d = Drawing()
    f = stand(d, 136.0)
    f.arm("far", -2, 0)
    flat_foot(f, "far", 136.0 - 3)
    f.trunk()
    flat_foot(f, "near", 136.0)
    f.arm("near", 2, 0)
    d.arrow((94, 100), (94, 140))
    return d


@drawing("squat")
def squat():
    d = Drawing()
    ankle = (136.0, REST)
    hip = (108.0, 127.0)
    f = Figure(d, hip, -58)
    f.arm("far", -2, 0)
    f.leg_to("far", (ankle[0] - 3, REST), -1, 0, rest="rest-far-foot")
    f.trunk(neck_angle=-62)
    f.leg_to("near", ankle, -1, 0, rest="rest-near-foot")
    f.arm("near", 2, 0)
    d.arrow_path([(80, 92), (80, 146)], both=True)
    return d


@drawing("lunge.start")
def lunge_start():
    d = Drawing()
    f = stand(d, 104.0)
    f.arm("far", 96, 84)
    flat_foot(f, "far", 104.0 - 3)
    f.trunk()
    flat_foot(f, "near", 104.0)
    f.arm("near", 92, 80)
    d.arrow((132, 174), (168, 174))
    return d


@drawing("lunge")
def lunge():
    d = Drawing()
    hip = (150.0, 133.0)
    f = Figure(d, hip, -90)
    back_knee = (hip[0] - math.sqrt(THIGH ** 2 - 39.5 ** 2), hip[1] + 39.5)
    back_toe = (back_knee[0] - 31, REST)
    back_ankle = at(back_toe, direction(back_toe, back_knee) - 43, FOOT)
    f.arm("far", 96, 84)
    d.line("far", hip, back_knee, back_ankle, back_toe, rest="rest-back-toes")
    f.trunk()
    f.leg_to("near", (hip[0] + 43, REST), -1, 0, rest="rest-front-foot")
    f.arm("near", 92, 80)
    d.arrow_path([(120, 94), (120, 146)], both=True)
    return d


SPLIT_HIP_X = 146.0


@drawing("split-squat.level1.start")
def split_squat_holding_on_start():
    return split_squat_pose(110.0, chair=True)


@drawing("split-squat.level1")
def split_squat_holding_on():
    return split_squat_pose(133.0, chair=True)


@drawing("split-squat.start")
@drawing("split-squat.level2.start")
def split_squat_start():
    return split_squat_pose(110.0)


@drawing("split-squat")
@drawing("split-squat.level2")
def split_squat():
    return split_squat_pose(133.0)


def split_squat_pose(hip_y, chair=False):
    """Feet a long step apart, back heel up; straight down and up, hands on the hips. With
    `chair`, a chair stands beside you (behind the figure) and the far hand holds its back."""
    d = Drawing()
    hip = (SPLIT_HIP_X, hip_y)
    f = Figure(d, hip, -90)
    back_toe = (100.0, REST)
    back_ankle = (back_toe[0] - 8.5, REST - 9.8)
    if chair:
        # Behind the hip (drawn on the back leg's side, so it stays clear of the front leg).
        d.chair(SPLIT_HIP_X - 36, SPLIT_HIP_X - 36 - 34)
        f.arm_to("far", (SPLIT_HIP_X - 36, CHAIR_BACK - 3.5), 1)
    else:
        f.arm_to("far", at(hip, -80, 3), -1)
    d.line("far", hip, joint(hip, back_ankle, THIGH, SHIN, -1), back_ankle, back_toe,
           rest="rest-back-toes")
    f.trunk()
    f.leg_to("near", (hip[0] + 44, REST), -1, 0, rest="rest-front-foot")
    f.arm_to("near", at(hip, -88, 4), -1)
    if hip_y < 120:
        d.arrow((214, 100), (214, 134))
    else:
        d.arrow_path([(214, 98), (214, 148)], both=True)
    return d


@drawing("split-squat.level4.start")
def rear_foot_elevated_split_squat_start():
    return rear_foot_elevated_pose(106.0)


@drawing("split-squat.level4")
def rear_foot_elevated_split_squat():
    return rear_foot_elevated_pose(130.0)


def rear_foot_elevated_pose(hip_y):
    """Back to a chair, the instep of the back foot on its seat; the front foot a long step
    ahead, flat; straight down and up, hands on the hips."""
    d = Drawing()
    seat_front = 100.0
    d.chair(seat_front - 34, seat_front)
    hip = (142.0, hip_y)
    f = Figure(d, hip, -90)
    # The laces on the seat: the ankle just above it, the toes pointing back along it.
    top = CHAIR_SEAT - 1.5 - 3.25
    back_ankle = (seat_front - 6, top - 3)
    f.arm_to("far", at(hip, -80, 3), -1)
    d.line("far", hip, joint(hip, back_ankle, THIGH, SHIN, -1), back_ankle,
           (back_ankle[0] - FOOT, top))
    f.trunk()
    f.leg_to("near", (hip[0] + 34, REST), -1, 0, rest="rest-front-foot")
    f.arm_to("near", at(hip, -88, 4), -1)
    if hip_y < 120:
        d.arrow((214, 92), (214, 126))
    else:
        d.arrow_path([(214, 90), (214, 140)], both=True)
    return d


@drawing("calf-raise.start")
def calf_raise_start():
    return calf_raise_pose(0.0)


@drawing("calf-raise")
def calf_raise():
    return calf_raise_pose(10.2)


def calf_raise_pose(rise):
    """Hands lightly on a wall; from flat feet up onto the toes."""
    d = Drawing()
    d.wall(185.0)
    x = 129.0
    f = Figure(d, (x, REST - SHIN - THIGH - rise), -90)
    ankle = (x, REST - rise)
    toe = (x + math.sqrt(FOOT ** 2 - rise ** 2), REST)
    hand = (181.5, 50.0)
    f.arm_to("far", (hand[0] + 0.5, hand[1] - 3), 1)
    d.line("far", f.hip, (x, f.hip[1] + THIGH), ankle, toe)
    f.trunk()
    d.line("near", f.hip, (x, f.hip[1] + THIGH), ankle, toe, rest="rest-near-foot")
    f.arm_to("near", hand, 1)
    if rise:
        d.arrow_path([(110, 182), (110, 148)], both=True)
    else:
        d.arrow((110, 180), (110, 152))
    return d


@drawing("calf-stretch")
def calf_stretch():
    """Hands on a wall; the back leg straight with its heel on the floor, front knee bent."""
    d = Drawing()
    d.wall(212.0)
    back_ankle = (84.0, REST)
    lean = -57.0  # heel, hip and shoulder in one line
    hip = at(back_ankle, lean, THIGH + SHIN)
    shoulder = at(hip, lean, TORSO)
    f = Figure(d, hip, lean, shoulder=shoulder)
    front_ankle = (hip[0] + 30, REST)
    f.leg_to("far", front_ankle, -1, 0, rest="rest-front-foot")
    f.arm_to("far", (209.0, shoulder[1] - 3), 1)
    f.trunk(neck_angle=lean + 20)
    back_knee = at(hip, 180 + lean, THIGH)
    d.line("near", hip, back_knee, back_ankle, (back_ankle[0] + FOOT, REST), rest="rest-back-foot")
    f.arm_to("near", (208.5, shoulder[1]), 1)
    d.accent(back_knee, back_ankle)
    return d


@drawing("soleus-stretch")
def soleus_stretch():
    """Hands on a wall; half a step back, both knees bent, the back heel on the floor."""
    d = Drawing()
    d.wall(200.0)
    back_ankle = (106.0, REST)
    hip = (124.0, 114.0)
    lean = -66.0
    shoulder = at(hip, lean, TORSO)
    f = Figure(d, hip, lean, shoulder=shoulder)
    f.leg_to("far", (hip[0] + 30, REST), -1, 0, rest="rest-front-foot")
    f.arm_to("far", (197.0, shoulder[1] - 3), 1)
    f.trunk(neck_angle=lean + 16)
    knee, _ = f.leg_to("near", back_ankle, -1, 0, rest="rest-back-foot")
    f.arm_to("near", (196.5, shoulder[1]), 1)
    d.accent(at(knee, direction(knee, back_ankle), SHIN * 0.5), back_ankle)
    return d


@drawing("quad-stretch")
def quad_stretch():
    d = Drawing()
    d.wall(190.7)
    f = stand(d, 136.7)
    f.arm_to("far", (186.7, 52.5), 1)
    flat_foot(f, "far", 136.7)
    f.trunk()
    # Heel to buttock, knees side by side, the hand of the same side holds the ankle.
    knee = at(f.hip, 97, THIGH)
    ankle = at(knee, -108, SHIN)
    d.line("near", f.hip, knee, ankle, at(ankle, -140, 12))
    f.arm_to("near", at(ankle, 10, 3), -1)
    d.accent(f.hip, knee)
    return d


@drawing("adductor-stretch")
def adductor_stretch():
    """Seen from the front: a side lunge, toes forward (seen end-on), hands on the hips."""
    d = Drawing()
    hip = (160.0, 112.0)
    f = Figure(d, hip, -90)
    straight = at(hip, 180 - math.degrees(math.asin((REST - hip[1]) / (THIGH + SHIN))),
                  THIGH + SHIN)
    bent_ankle = (206.0, REST)
    straight_knee = at(hip, direction(hip, straight), THIGH)
    d.line("near", hip, straight_knee, straight, rest="rest-straight-foot")
    d.line("near", (straight[0] - 5, REST), (straight[0] + 5, REST))
    knee = joint(hip, bent_ankle, THIGH, SHIN, -1)
    d.line("near", hip, knee, bent_ankle, rest="rest-bent-foot")
    d.line("near", (bent_ankle[0] - 5, REST), (bent_ankle[0] + 5, REST))
    f.trunk()
    f.arm_to("near", (hip[0] - 8, hip[1] - 4), -1)
    f.arm_to("near", (hip[0] + 8, hip[1] - 4), 1)
    d.accent(hip, straight_knee)
    return d


@drawing("hip-circle")
def hip_circle():
    """Seen from the front: each hand on its own hip, elbows out."""
    d = Drawing()
    hip = (150.0, 97.0)
    f = Figure(d, hip, -90)
    for sign in (1, -1):
        ankle = (hip[0] + sign * 9, REST)
        knee = (hip[0] + sign * 8, (hip[1] + REST) / 2 + 1)
        d.line("near", hip, knee, ankle, rest=f"rest-foot-{'r' if sign > 0 else 'l'}")
        d.line("near", (ankle[0] - 4, REST), (ankle[0] + 4, REST))
    f.trunk()
    f.arm_to("near", (hip[0] + 12, hip[1] - 4), -1)
    f.arm_to("near", (hip[0] - 12, hip[1] - 4), 1)
    pts = arc_points(150, 95, 33, 11, 160, 160 + 330, 36)
    d.arrow_path(pts, head=8)
    return d


@drawing("leg-swing")
def leg_swing():
    """Standing side-on to a wall (drawn behind the figure), one hand on it; the outside leg
    swings forward and back from the hip."""
    d = Drawing()
    x = 119.6
    d.wall(x + 16)
    f = stand(d, x)
    f.arm_to("far", (x + 16, 66.0), 1)
    flat_foot(f, "far", x)
    f.trunk()
    f.leg("near", -45 + 90, -40 + 90, -40)
    f.arm("near", 96, 76)
    pts = arc_points(x, f.hip[1], 84, 84, 142, 38, 16)
    d.arrow_path(pts, head=8, both=True)
    return d


# -- standing, old drawings the review passed (joint positions kept) ---------------------------


@drawing("march-on-the-spot")
def march():
    d = Drawing()
    d.line("far", (134.2, 46.5), (150.9, 70.3), (175.1, 56.3))
    d.line("far", (134.2, 96.5), (134.2, 138.5), (134.2, REST), (147.2, REST), rest="rest-far-foot")
    f = Figure(d, (134.2, 96.5), -90)
    f.trunk()
    d.line("near", (134.2, 96.5), (176.1, 100.2), (172.6, 140), (185.2, 143.4))
    d.line("near", (134.2, 46.5), (114.8, 68.1), (128, 92.8))
    d.arrow_path([(192.1, 78.2), (192.1, 130.2)], both=True, head=8)
    return d


@drawing("high-knees")
def high_knees():
    d = Drawing()
    d.line("far", (134.5, 37.4), (155, 57.9), (169, 33.6))
    d.line("far", (132.8, 87.4), (131.3, 129.3), (129.9, 169.3), (139.1, REST), rest="rest-far-foot")
    f = Figure(d, (132.8, 87.4), -90, shoulder=(134.5, 37.4))
    f.head_at((135.1, 19.4))
    d.line("near", (132.8, 87.4), (134.5, 37.4))
    d.line("near", (132.8, 87.4), (174.4, 81.5), (177.8, 121.4), (187, 130.6))
    d.line("near", (134.5, 37.4), (113, 56.8), (124.4, 82.4))
    d.arrow((194.4, 111.5), (194.4, 73.5))
    return d


@drawing("butt-kick")
def butt_kick():
    d = Drawing()
    d.line("far", (144.1, 38.3), (124, 59.2), (136.2, 84.3))
    d.line("far", (140.6, 88.2), (140.6, 130.2), (139.2, 170.1), (149.2, REST), rest="rest-far-foot")
    f = Figure(d, (140.6, 88.2), -90, shoulder=(144.1, 38.3))
    f.head_at((145.4, 20.3))
    d.line("near", (140.6, 88.2), (144.1, 38.3))
    d.line("near", (140.6, 88.2), (129, 128.5), (123.5, 88.9), (114.3, 79.7))
    d.line("near", (144.1, 38.3), (162, 61.1), (185.7, 46.3))
    pts = arc_points(123.5, 112.0, 24, 24, 128, 246, 12)
    d.arrow_path(pts, head=8)
    return d


@drawing("jog-on-the-spot")
def jog():
    d = Drawing()
    d.line("far", (161.9, 51), (179.8, 73.8), (203.5, 59))
    d.line("far", (154.9, 100.5), (143.4, 140.9), (108.7, 160.9), (96.5, 156.4))
    f = Figure(d, (154.9, 100.5), -90, shoulder=(161.9, 51))
    f.head_at((164.4, 33.2))
    d.line("near", (154.9, 100.5), (161.9, 51))
    d.line("near", (154.9, 100.5), (179, 134.9), (164, 172), (175.3, REST), rest="rest-near-foot")
    d.line("near", (161.9, 51), (141.8, 71.9), (154, 97))
    d.arrow_path([(216.9, 144.5), (216.9, 180.5)], both=True, head=8)
    return d


@drawing("easy-run")
def easy_run():
    """An easy run: the foot lands under the hip (not far ahead), the knee soft, the trunk
    upright with a slight lean, the arms bent; the other leg swings through behind."""
    d = Drawing()
    hip = (150.0, REST - 79.0)
    f = Figure(d, hip, -85)
    f.arm("far", 62, -16)  # forward
    f.leg("far", 128, 196, 150)  # behind, knee bent, heel rising
    f.trunk(neck_angle=-82)
    f.leg_to("near", (hip[0] + 6, REST - 4), -1, 18, rest="rest-near-foot")
    f.arm("near", 118, 58)  # back
    d.arrow((196, 132), (230, 132))
    return d


@drawing("brisk-walk")
def brisk_walk():
    """Brisk walking: a long but easy stride, heel first, the arms bent and swinging."""
    d = Drawing()
    hip = (146.0, REST - 77.0)
    f = Figure(d, hip, -90)
    f.arm("far", 60, -30)
    # The back foot pushes off from its toes; the front heel lands, toes up.
    f.leg_to("far", (hip[0] - 28, REST - FOOT * math.sin(math.radians(30))), -1, 150,
             rest="rest-back-toes")
    f.trunk()
    f.leg_to("near", (hip[0] + 25, REST), -1, -28, rest="rest-front-heel")
    f.arm("near", 118, 32)
    d.arrow((192, 118), (226, 118))
    return d


@drawing("walk-break")
def walk_break():
    return walk()


@drawing("walk")
def walk():
    d = Drawing()
    d.line("far", (146.6, 43.9), (158.4, 70.4), (179.9, 88.4))
    d.line("far", (144.9, 93.9), (130.5, 133.4), (120.1, 172), (131.4, REST), rest="rest-far-foot")
    f = Figure(d, (144.9, 93.9), -90, shoulder=(146.6, 43.9))
    f.head_at((147.2, 25.9))
    d.line("near", (144.9, 93.9), (146.6, 43.9))
    d.line("near", (144.9, 93.9), (160.6, 132.8), (164.1, 172.7), (176.9, 170.4))
    d.line("near", (146.6, 43.9), (134.8, 70.4), (130.9, 98.1))
    d.arrow((188.9, 149.9), (220.9, 149.9))
    return d


def main(argv):
    prefix = argv[1] if len(argv) > 1 else ""
    names = sorted(n for n in DRAWINGS if n.startswith(prefix))
    if not names:
        print(f"no drawing starts with {prefix!r}", file=sys.stderr)
        return 1
    for name in names:
        svg = DRAWINGS[name]().svg()
        path = os.path.join(OUT, f"{name}.svg")
        with open(path, "w", encoding="utf-8") as out:
            out.write(svg)
        print(f"{name}.svg {len(svg.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
