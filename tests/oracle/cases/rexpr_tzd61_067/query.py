spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(ts > TIMESTAMP'2024-02-29 00:00:00')").select(expr("round(round(bround(m, 3), 1), 0)").alias("c1"), F.make_date(lit(2024), lit(2), lit(28)).alias("c2"), F.next_day(F.add_months(col("dt"), col("i")), "wednesday").alias("c3"), F.add_months(F.date_sub(F.next_day(col("dt"), "SUN"), col("i")), lit(3)).alias("c4"))
OUTPUT_MODE = "append"
