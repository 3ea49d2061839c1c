from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), dt DATE, s STRING, j INT, b BOOLEAN, d DOUBLE, i INT, ts TIMESTAMP").load(INPUT)
result = df.filter("(CASE i WHEN 3 THEN (id <= 3L) ELSE (add_months(dt, i) < dt) END OR (ts IS NOT NULL))").withColumn("c1", F.when(col("b"), col("d")).when((~col("b")), col("d"))).withColumn("c2", F.least(col("ts"), col("ts"))).withColumn("c3", F.trunc(F.to_date(lit("2000-01-01")), "mon")).withColumn("c4", (col("id") - col("id"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
