from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((m >= d), true)").groupBy(expr("instr(concat(CAST(m AS STRING), t, s), ' ') AS k1")).agg(expr("sum(months_between(CASE WHEN b THEN ts WHEN b THEN ts END, dt)) AS a1"), expr("round(avg(bround(d, 2)), 3) AS a2"), F.datediff(F.max(F.date_sub(F.to_date(lit("2023-12-31")), col("i"))), F.min(F.date_sub(F.to_date(lit("2023-12-31")), col("i")))).alias("a3"), F.count(col("dt")).alias("a4"))
OUTPUT_MODE = "complete"
