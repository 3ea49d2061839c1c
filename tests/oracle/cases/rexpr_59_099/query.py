from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(dt IS NOT NULL)").withColumn("c1", F.size(F.split(col("s"), "  *"))).withColumn("c2", expr("(ascii(s) + CASE WHEN (add_months(dt, i) <=> CAST(i AS TIMESTAMP)) THEN id WHEN (s >= '42') THEN 0L ELSE 1L END)")).select("id", "c1", "c2").filter("((datediff(dt, dt) IN (2)) OR (j <= 5))")
OUTPUT_MODE = "append"
