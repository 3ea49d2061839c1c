from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((t >= ' ') OR (n IS NULL))").groupBy("j").agg(F.sum(F.datediff(col("dt"), col("dt"))).alias("a1"), expr("count_if((ts IS NOT NULL)) AS a2"))
OUTPUT_MODE = "update"
