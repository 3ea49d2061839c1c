from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, s STRING, j INT, b BOOLEAN, i INT, n DECIMAL(5,3), m DECIMAL(12,4), f FLOAT, ts TIMESTAMP, t STRING, d DOUBLE, k BIGINT").json(INPUT)
result = df.where("(CASE WHEN b THEN (s RLIKE '^\\\\s') WHEN b THEN (TIMESTAMP'2024-03-01 12:30:00.123456' > dt) END OR (s IS NULL))").withColumn("f", F.round(F.sqrt(F.year(col("ts"))), 1)).withColumn("k", expr("(id % nullif(i, 0))")).withColumn("c3", (F.add_months(F.date_add(F.to_date(lit("2000-01-01")), col("i")), col("i")) + expr("INTERVAL 1 MONTH"))).drop("dt", "s", "b", "i", "ts", "t", "k").where("((j <> 10) OR (j <= 10))")
OUTPUT_MODE = "append"
