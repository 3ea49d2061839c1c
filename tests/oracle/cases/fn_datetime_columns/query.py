df = spark.readStream.format("json").schema("dt STRING, fmt STRING, y INT, mo INT, d INT, h INT, mi INT, s DOUBLE, tz STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("dt", "fmt", F.to_timestamp_ltz("dt", "fmt"), F.to_timestamp_ntz("dt", "fmt"), F.try_to_timestamp("dt", "fmt"),
                   F.to_unix_timestamp("dt", "fmt"), F.expr("to_timestamp(dt, fmt)"), F.expr("to_date(dt, fmt)"),
                   F.expr("try_to_date(dt, fmt)"), F.expr("unix_timestamp(dt, fmt)"),
                   F.make_timestamp("y", "mo", "d", "h", "mi", "s", "tz"), F.try_make_timestamp("y", "mo", "d", "h", "mi", "s", "tz"),
                   F.make_timestamp_ltz("y", "mo", "d", "h", "mi", "s", "tz"))
OUTPUT_MODE = "append"
