df = spark.readStream.format("json").schema("y INT, mo INT, d INT, h INT, mi INT, sec DOUBLE, s STRING, t STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.make_timestamp("y", "mo", "d", "h", "mi", "sec"), F.make_timestamp_ntz("y", "mo", "d", "h", "mi", "sec"),
                   F.make_timestamp_ltz("y", "mo", "d", "h", "mi", "sec", F.lit("+02:00")),
                   F.try_make_timestamp("y", "mo", "d", "h", "mi", "sec"), F.try_make_timestamp_ntz("y", "mo", "d", "h", "mi", "sec"),
                   F.try_to_timestamp("s"), F.try_to_timestamp("s", F.lit("yyyy/MM/dd HH:mm")), F.to_timestamp_ntz("t"),
                   F.to_timestamp_ltz("t"), F.date_diff(F.to_date("t"), F.lit("2025-01-01")), F.current_timezone(), F.try_to_date("s"), F.try_to_date("s", "yyyy/MM/dd HH:mm"), F.try_make_timestamp("y", F.col("mo") + 12, "d", "h", "mi", "sec").alias("tm"),
                   F.expr("make_timestamp(y, mo, d, h, mi, sec, 'UTC')").alias("m2"))
OUTPUT_MODE = "append"
