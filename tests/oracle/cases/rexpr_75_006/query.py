from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((NOT isnan(d)) OR (d = 3.75D))").selectExpr("id", "(CASE WHEN b THEN id WHEN (s = '42') THEN (3 * id) WHEN contains('2024-02-29', 'a') THEN id ELSE (id * 5) END - bround(CAST(j AS DOUBLE), 1)) AS c1", "CASE WHEN (s <= '2024-02-29') THEN (d + id) WHEN (m = 1.25) THEN ((d * n) + m) END AS c2", "((i >= 3) <=> b) AS c3", "translate(s, 'lo', '01') AS c4", "add_months(add_months(trunc(dt, 'Q'), i), i) AS c5").where((F.when((col("d") <= lit(-1.5)), (col("s") <= lit("2024-02-29"))).when(col("b"), col("b")).otherwise(F.when(col("b"), (col("n") <= expr("12.345")))) | (col("dt") < F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
