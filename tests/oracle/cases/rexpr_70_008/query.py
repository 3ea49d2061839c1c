from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, i INT, n DECIMAL(5,3), ts TIMESTAMP, k BIGINT, b BOOLEAN, t STRING, d DOUBLE, dt DATE, s STRING, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", expr("greatest(id, id, id)").alias("c1"), expr("CASE WHEN (j <> 1) THEN id WHEN (n = 0.001) THEN 3L WHEN b THEN id ELSE k END").alias("c2"), F.translate(col("s"), " ", "_").alias("c3"), expr("(((m / 3.5) + if(b, m, n)) + nvl2(months_between(dt, dt), 3.75D, -1.5D)) AS c4"))
OUTPUT_MODE = "append"
