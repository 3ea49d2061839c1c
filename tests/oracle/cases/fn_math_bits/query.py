df = spark.readStream.format("json").schema("n INT, b BIGINT, v DOUBLE, s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("n", F.hex("n"), F.hex("s"), F.unhex("s"), F.conv("s", 16, 10), F.conv("s", 10, -16),
                   F.width_bucket("v", F.lit(0.0), F.lit(10.0), F.lit(5)), F.bit_count("n"), F.bit_get("n", F.lit(0)),
                   F.bitwise_not("b"), F.shiftleft("n", 3), F.shiftright("b", 1), F.shiftrightunsigned("n", 28),
                   F.log(2.0, "v"), F.nanvl("v", F.lit(-1.0)), F.expr("getbit(b, 63)").alias("g"))
OUTPUT_MODE = "append"
