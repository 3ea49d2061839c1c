spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.least(F.next_day(F.to_date(lit("2025-03-01")), "wednesday"), F.make_date(lit(2024), lit(12), lit(28)), F.when(col("b"), F.date_sub(F.to_date(lit("2025-03-01")), col("i"))).when(((col("j") >= lit(3)) & col("b")), col("dt")).otherwise(F.to_date(lit("2024-02-29")))).alias("c1"), expr("CASE WHEN (s <=> 'Hello') THEN log10(abs(i) + 1) WHEN ((i > 7) = false) THEN d WHEN (NOT b) THEN nullif(d, 0.001D) ELSE sqrt(j) END AS c2"), (lit(1) * (col("id") - col("id"))).alias("c3"), expr("date_trunc('QUARTER', ts)"), (col("b") | col("b")).alias("c5"))
OUTPUT_MODE = "append"
