from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("coalesce(ascii(s), 12, 100) AS k1"), "s").agg(F.count_if(F.nullif(col("s"), lit("2024-02-29")).rlike("^[A-Z]")).alias("a1"), (F.max((lit(10) * (col("i") + col("i")))) - F.min((lit(10) * (col("i") + col("i"))))).alias("a2"), expr("round(avg(m), 2) AS a3"), F.max((col("i") * lit(100000000))).alias("a4"))
OUTPUT_MODE = "complete"
