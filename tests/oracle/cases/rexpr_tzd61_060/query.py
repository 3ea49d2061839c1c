spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("b", (F.instr(col("t"), " ") % F.nullif(col("i"), lit(0))).alias("c1"), (lit(0.1) * col("id")).alias("c2"), expr("dayofmonth(next_day(to_date('2000-01-01'), 'TU')) AS c3"), expr("least(CASE WHEN b THEN n WHEN (d = n) THEN n WHEN (id IS NOT NULL) THEN n ELSE (m / 10.5) END, ((n / nullif(m, 0)) - 1.25))").alias("c4"))
OUTPUT_MODE = "append"
