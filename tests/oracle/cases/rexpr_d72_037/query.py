from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("months_between(ts, dt) AS k1"), "s").agg(expr("min((i + i)) AS a1"), F.bool_and(F.coalesce((col("id") == lit(0).cast("bigint")), (col("s") < lit(" ")), lit(False))).alias("a2"))
OUTPUT_MODE = "complete"
