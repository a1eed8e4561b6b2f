"""Calm abstract placeholder pictures for the demo content, drawn with Pillow only."""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

# Muted teal, rose and sand, with a deep teal and a cream for contrast.
PALETTE = [(86, 138, 136), (190, 140, 146), (222, 199, 160), (52, 96, 102), (244, 236, 222)]


def draw_image(seed: str, width: int, height: int, label: str = "") -> bytes:
    """A soft gradient with translucent circles and arcs, the same for the same arguments."""
    rng = random.Random(int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:8], "big"))
    first, second = rng.sample(PALETTE, 2)
    # Blending two orthogonal gradients half and half gives a soft diagonal.
    gradient = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270]))
    mask = Image.blend(gradient, gradient.rotate(90), rng.choice([0.0, 0.5]))
    mask = mask.resize((width, height), Image.Resampling.BICUBIC)
    image = Image.composite(
        Image.new("RGB", (width, height), first), Image.new("RGB", (width, height), second), mask
    ).convert("RGBA")

    shapes = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(shapes)
    side = min(width, height)
    for _ in range(rng.randint(3, 6)):
        radius = rng.uniform(0.15, 0.55) * side
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        colour = (*rng.choice(PALETTE), rng.randint(45, 95))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    for _ in range(rng.randint(1, 3)):
        radius = rng.uniform(0.3, 0.8) * side
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        start = rng.uniform(0, 360)
        draw.arc(
            (x - radius, y - radius, x + radius, y + radius),
            start,
            start + rng.uniform(60, 200),
            fill=(255, 255, 255, rng.randint(70, 130)),
            width=max(2, side // 90),
        )
    image = Image.alpha_composite(image, shapes.filter(ImageFilter.GaussianBlur(side / 120)))

    if label:
        size = max(12, int(side * (0.38 if len(label) <= 3 else 0.22)))
        font = ImageFont.load_default(size=size)
        text = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        text_draw = ImageDraw.Draw(text)
        centre = (width / 2, height / 2)
        shadow = (centre[0] + side / 150, centre[1] + side / 150)
        text_draw.text(shadow, label, font=font, anchor="mm", fill=(40, 60, 64, 100))
        text_draw.text(centre, label, font=font, anchor="mm", fill=(255, 252, 246, 225))
        image = Image.alpha_composite(image, text)

    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()
