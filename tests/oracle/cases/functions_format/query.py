df = spark.readStream.format("json").schema("x DOUBLE, n INT, s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.format_number("x", 2), F.format_number("x", 0), F.format_number("n", 3),
                   F.format_string("%s-%d", "s", "n"), F.format_string("%.2f|%5d|%-4s|", "x", "n", "s"),
                   F.printf(F.lit("%s:%s"), "n", "s"))
OUTPUT_MODE = "append"
