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

    def wall(self, x):
        self.scenery.append(f"M{fmt(x)} {fmt(WALL_TOP)} {fmt(x)} {fmt(FLOOR)}")

    def step(self, x0, x1, top):
        self.scenery.append(d_line((x0, FLOOR), (x0, top), (x1, top), (x1, FLOOR)))

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
# lie with the head on the left.

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


@drawing("bridge")
def bridge():
    d = Drawing()
    shoulder = (SUPINE_SHOULDER, REST)
    ankle = (SUPINE_SHOULDER + TORSO + FEET_X, REST)
    # Hips lifted until shoulders, hips and knees are in one line, the shins near vertical.
    lift = -21.0
    hip = at(shoulder, lift, TORSO)
    f = Figure(d, hip, 180 + lift, shoulder=shoulder)
    f.leg_to("far", ankle, -1, 0, rest="rest-far-foot")
    d.line("near", shoulder, hip, rest="rest-shoulders")
    f.head_at((shoulder[0] - 17.0, REST - HEAD_R), rest="rest-head")
    arm_on_floor(f)
    f.leg_to("near", ankle, -1, 0, rest="rest-near-foot")
    d.arrow_path([(hip[0], hip[1] - 12), (hip[0], hip[1] - 40)], both=True)
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


@drawing("dead-bug.start")
def dead_bug_start():
    d = Drawing()
    f = on_back(d)
    # Hips and knees at 90 degrees, arms straight up.
    f.leg("far", -90, 0, -60)
    f.arm("far", -90, -90)
    f.leg("near", -90, 0, -60)
    f.arm("near", -90, -90)
    d.arrow((f.hip[0] + 50, REST - 50), (f.hip[0] + 76, REST - 36))
    return d


@drawing("dead-bug")
def dead_bug():
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


@drawing("side-plank")
def side_plank():
    """Seen from the front, on the left forearm, top hand on the hip, legs straight."""
    d = Drawing()
    elbow = (200.0, REST)
    shoulder = (elbow[0], REST - UPPER_ARM)
    ankle_y = REST - 8.0
    tilt = math.degrees(math.asin((ankle_y - shoulder[1]) / (TORSO + THIGH + SHIN)))
    back = 180 - tilt  # from the shoulder towards the feet
    hip = at(shoulder, back, TORSO)
    f = Figure(d, hip, -tilt, shoulder=shoulder)
    knee = at(hip, back, THIGH)
    ankle = at(knee, back, SHIN)
    d.line("near", hip, shoulder)
    # The forearm lies on the floor pointing at you, so it shows short.
    d.line("near", shoulder, elbow, (elbow[0] + 9, REST), rest="rest-forearm")
    f.head_at(at(shoulder, -tilt, HEAD_OFFSET))
    d.line("near", hip, knee, ankle, (ankle[0] - 2, REST), rest="rest-feet")
    f.arm_to("near", at(hip, -90, 3), 1)
    d.accent(hip, at(hip, -tilt, 30))
    return d


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


@drawing("plank")
def plank():
    d = Drawing()
    elbow = (200.0, REST)
    shoulder = (elbow[0], REST - UPPER_ARM)
    # Toes on the floor, the heel above them; one straight line from the head to the heels.
    toe = None
    ankle_y = REST - 11.0
    tilt = math.degrees(math.asin((ankle_y - shoulder[1]) / (TORSO + THIGH + SHIN)))
    back = 180 - tilt
    hip = at(shoulder, back, TORSO)
    f = Figure(d, hip, -tilt, shoulder=shoulder)
    knee = at(hip, back, THIGH)
    ankle = at(knee, back, SHIN)
    toe = (ankle[0] + math.sqrt(FOOT ** 2 - 11.0 ** 2), REST)
    d.line("near", hip, shoulder)
    f.head_at(at(shoulder, -tilt, HEAD_OFFSET))
    d.line("near", shoulder, elbow, (elbow[0] + FOREARM, REST), rest="rest-forearm")
    d.line("near", hip, knee, ankle, toe, rest="rest-toes")
    d.accent(hip, at(hip, -tilt, 30))
    return d


@drawing("prone-y-raise.start")
def prone_y_raise_start():
    return prone_y_raise_pose(0)


@drawing("prone-y-raise")
def prone_y_raise():
    return prone_y_raise_pose(13)


def prone_y_raise_pose(lift):
    """Face down, arms overhead in a Y; the arms lift a little, the chest stays down."""
    d = Drawing()
    shoulder = (176.0, REST)
    hip = (shoulder[0] - TORSO, REST)
    f = Figure(d, hip, 0, shoulder=shoulder)
    knee = (hip[0] - THIGH, REST)
    ankle = (knee[0] - SHIN, REST)
    d.line("far", shoulder, at(shoulder, -lift - 2, UPPER_ARM), at(shoulder, -lift - 2, UPPER_ARM + FOREARM),
           rest=None if lift else "rest-far-arm")
    d.line("near", hip, shoulder, rest="rest-chest")
    d.line("near", hip, knee, ankle, (ankle[0] - 10, REST - 4), rest="rest-legs")
    f.head_at((shoulder[0] + 15, REST - HEAD_R), rest="rest-forehead")
    hand = at(shoulder, -lift, UPPER_ARM + FOREARM)
    d.line("near", shoulder, at(shoulder, -lift, UPPER_ARM), hand,
           rest=None if lift else "rest-near-arm")
    if lift:
        d.arrow_path([(hand[0] + 12, hand[1] + 2), (hand[0] + 12, hand[1] - 22)], both=True)
    else:
        d.arrow((hand[0] + 12, hand[1] - 6), (hand[0] + 12, hand[1] - 30))
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


@drawing("split-squat.start")
def split_squat_start():
    return split_squat_pose(110.0)


@drawing("split-squat")
def split_squat():
    return split_squat_pose(133.0)


def split_squat_pose(hip_y):
    """Feet a long step apart, back heel up; straight down and up, hands on the hips."""
    d = Drawing()
    hip = (146.0, hip_y)
    f = Figure(d, hip, -90)
    back_toe = (100.0, REST)
    back_ankle = (back_toe[0] - 8.5, REST - 9.8)
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
