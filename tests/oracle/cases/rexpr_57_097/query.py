from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(expr("bool_and(CAST(i AS BOOLEAN)) AS a1"), F.min((lit(1.25).cast("decimal(3,2)") + col("n"))).alias("a2"))
OUTPUT_MODE = "update"
